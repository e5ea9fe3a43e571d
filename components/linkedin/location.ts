import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {}

/**
 * Calls `onChange` when LinkedIn's single-page app moves to another URL. The Navigation API tells
 * at once where the browser has it; a slow poll is the safety net. Neither does any work per DOM
 * mutation, so the feed pays nothing.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: (href: string) => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal: ctx.signal });
  window.addEventListener('popstate', check, { signal: ctx.signal });
  ctx.setInterval(check, 1000);
}
