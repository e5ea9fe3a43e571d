import { VouchError, type Call } from '@/components/shared/client';
import { reviveDates } from '@/storage/tagged-dates';
import type { VouchDb } from '@/storage/db';
import { createRouter, type RouterOptions, type Sender } from '@/storage/protocol/router';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const linkedin: Sender = { id: EXTENSION_ID, url: 'https://www.linkedin.com/in/sam-lee/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 1 } };

/**
 * The content script's `call` wired to the real router and database: the reply crosses a JSON
 * round trip as in Chrome, and a refusal becomes the same VouchError the panels see.
 */
export function routerCall(db: VouchDb, opts: Partial<RouterOptions> = {}): Call {
  const handle = createRouter(db, { extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}`, ...opts });
  return (async (type: string, payload: unknown) => {
    const reply = await handle({ vouch: 1, type, payload }, linkedin);
    if (!reply.ok) throw VouchError.of(reply);
    return reviveDates(JSON.parse(JSON.stringify(reply.data ?? null)));
  }) as Call;
}
