import { post } from '@/components/shared/client';

const reported = new Set<string>();

/**
 * Runs `fn` and swallows anything it throws: Vouch never throws into LinkedIn's page. The first
 * failure of each kind goes to the background's log; later ones are dropped.
 */
export function guard<T>(where: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    report(where, e);
    return undefined;
  }
}

export function report(where: string, e: unknown): void {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const key = `${where}:${message}`;
  if (reported.has(key)) return;
  reported.add(key);
  post('log.report', { source: `content:${where}`.slice(0, 100), message: message.slice(0, 2000) }).catch(() => {});
}
