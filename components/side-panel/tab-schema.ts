import * as v from 'valibot';
import { contactId, date, longText, shortText } from '@/storage/protocol/fields';
import { pageForWire, type TabMessage } from './tab-page';

/**
 * The background's check of what a LinkedIn tab says it shows. Only the background imports this
 * (valibot stays out of the content script); unknown fields are dropped, sizes are bounded.
 */
const url = v.pipe(v.string(), v.maxLength(4_000), v.startsWith('https://www.linkedin.com/'));
const missing = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50));
const person = v.object({ id: contactId, name: shortText });

const item = v.object({
  name: shortText,
  profileId: contactId,
  headline: v.optional(shortText),
  date: v.optional(date),
  relationship: v.optional(shortText),
  text: v.optional(longText),
});
// A details page can list many; the message as a whole is bounded by MAX_MESSAGE_CHARS.
const items = v.pipe(v.array(item), v.maxLength(5_000));

const form = v.object({
  kind: v.picklist(['request', 'write']),
  // A form whose person could not be read is still reported (its id empty, 'contact' in missing).
  contact: v.object({ id: v.union([v.literal(''), contactId]), name: v.optional(shortText), firstName: v.optional(shortText) }),
  maxLength: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  relationship: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  position: v.optional(v.nullable(shortText)),
  hasTextBox: v.boolean(),
  missing,
});

const profile = v.object({
  contact: v.object({
    id: contactId,
    name: shortText,
    firstName: shortText,
    headline: v.optional(shortText),
    memberUrn: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  viewer: v.nullable(person),
  isOwnProfile: v.boolean(),
  recommendations: v.nullable(v.object({ received: items, given: items, pending: v.optional(items) })),
  missing,
});

const doc = v.optional(v.pipe(v.string(), v.maxLength(40)));
const page = v.variant('kind', [
  v.object({ kind: v.literal('form'), url, form, viewer: v.nullable(person), doc }),
  v.object({ kind: v.literal('profile'), url, profile, doc }),
  v.object({ kind: v.literal('none'), url, doc }),
]);

const message = v.variant('type', [
  v.object({ vouchTab: v.literal(1), type: v.literal('report'), page }),
  v.object({ vouchTab: v.literal(1), type: v.literal('open-panel') }),
]);

/** Whether a message is meant for the tab channel at all (the router answers the others). */
export function isTabMessage(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { vouchTab?: unknown }).vouchTab === 1;
}

/**
 * The message, checked, or why it is refused. A report's dates come back as ISO strings, as
 * `storage.session` keeps them (it would keep a Date as its long English form).
 */
export function parseTabMessage(value: unknown): { ok: true; message: TabMessage } | { ok: false; error: string } {
  const parsed = v.safeParse(message, value);
  if (parsed.success) {
    const m = parsed.output as unknown as TabMessage;
    return { ok: true, message: m.type === 'report' ? { ...m, page: pageForWire(m.page) } : m };
  }
  const first = parsed.issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `Refused tab report${path ? ` at "${path}"` : ''}: ${first?.message ?? 'invalid'}` };
}
