/**
 * The tabs where Vouch's content script has reported, kept in `storage.local` because an update
 * of the extension empties `storage.session`: afterwards, the side panel can still tell a LinkedIn
 * tab whose (old) content script is gone, and say to reload it, from any other page (whose address
 * it cannot see without the `tabs` permission). Emptied when the browser starts, as tab ids begin
 * again then.
 */
const KEY = 'linkedinTabs';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

async function read(area: Area): Promise<number[]> {
  const got = (await area.get(KEY))[KEY];
  return Array.isArray(got) ? got.filter((n): n is number => typeof n === 'number') : [];
}

export async function rememberTab(area: Area, tabId: number): Promise<void> {
  const ids = await read(area);
  if (!ids.includes(tabId)) await area.set({ [KEY]: [...ids, tabId].slice(-500) });
}

export async function forgetTab(area: Area, tabId: number): Promise<void> {
  const ids = await read(area);
  if (ids.includes(tabId)) await area.set({ [KEY]: ids.filter((id) => id !== tabId) });
}

export async function wasLinkedInTab(area: Area, tabId: number): Promise<boolean> {
  const ids = await read(area).catch((): number[] => []);
  return ids.includes(tabId);
}

export async function forgetAllTabs(area: Area): Promise<void> {
  await area.set({ [KEY]: [] });
}
