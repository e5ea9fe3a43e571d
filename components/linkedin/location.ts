import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {}

/**
 * Calls `onChange` when LinkedIn's single-page app moves to another URL. Where the browser has the
 * Navigation API (Chrome), it says so at once and nothing runs in between; elsewhere a slow poll
 * does. Neither does any work per DOM mutation, so the feed pays nothing.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: (href: string) => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  window.addEventListener('popstate', check, { signal: ctx.signal });
  if (navigation) navigation.addEventListener('currententrychange', check, { signal: ctx.signal });
  else ctx.setInterval(check, 1000);
}
