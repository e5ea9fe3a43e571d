import Papa from 'papaparse';
import type { VouchDb } from './db';
import { textHash } from './event-keys';
import { reciprocityOf } from './reciprocity';
import type { Contact, VouchEvent } from './types';

/**
 * What the user takes out of Vouch in other shapes: their received recommendations as Markdown
 * (for a CV or a portfolio) and the ledger as CSV (for a spreadsheet). Names and texts come from
 * other people and from LinkedIn, so they are escaped for the format they land in.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `21 July 2009`, read in UTC like the import writes it, so the day is the same on every machine. */
export function longDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Makes text read as itself in Markdown: characters that would start emphasis, links, HTML, code
 * or tables are backslash-escaped everywhere, and those that only matter at the start of a line
 * (headings, lists, quotes, setext underlines, indented code) are escaped there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/[\\`*_{}[\]<>|~&#]/g, '\\$&')
        .replace(/^([+\-=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface ReceivedItem {
  contact: Contact | undefined;
  event: VouchEvent;
}

/**
 * The received recommendations, newest first. The same recommendation seen on a page and in an
 * export is two events with different keys: it appears once.
 */
export function receivedItems(contacts: readonly Contact[], events: readonly VouchEvent[]): ReceivedItem[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const seen = new Set<string>();
  return events
    .filter((e) => e.type === 'received' && !e.deletedAt)
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .filter((e) => {
      if (!e.text?.trim()) return true;
      const key = `${e.contactId}\u0000${textHash(e.text)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((event) => ({ contact: byId.get(event.contactId), event }));
}

export function receivedMarkdown(contacts: readonly Contact[], events: readonly VouchEvent[], title = 'Recommendations'): string {
  const items = receivedItems(contacts, events);
  const parts = [`# ${escapeMarkdown(oneLine(title))}`];
  if (items.length === 0) parts.push('No recommendations received yet.');
  for (const { contact, event } of items) {
    const name = oneLine(contact?.name ?? event.contactId) || 'Unknown';
    const role = oneLine(contact?.headline || contact?.company || '');
    const byline = [role && escapeMarkdown(role), longDate(event.at)].filter(Boolean).join(' · ');
    parts.push(`## ${escapeMarkdown(name)}\n\n*${byline}*`);
    const text = event.text?.trim();
    if (text) {
      parts.push(
        escapeMarkdown(text)
          .split('\n')
          .map((l) => (l ? `> ${l}` : '>'))
          .join('\n'),
      );
    }
  }
  return parts.join('\n\n') + '\n';
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * a name or text from someone else must never do that on the user's machine.
 */
export function guardCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const LEDGER_COLUMNS = [
  'Name',
  'Profile',
  'Company',
  'Headline',
  'Relationship',
  'Status',
  'Next step',
  'Received',
  'Given',
  'Last event',
  'Last event date',
  'Reminder after (days)',
  'Do not nudge',
  'Snoozed until',
] as const;

const isoDay = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');

/** One row per contact, sorted by name; statuses come from the same rules as the dashboard's. */
export function ledgerRows(contacts: readonly Contact[], events: readonly VouchEvent[], now: Date): (string | number)[][] {
  const history = new Map<string, VouchEvent[]>();
  for (const e of events) {
    if (e.deletedAt) continue;
    if (!history.has(e.contactId)) history.set(e.contactId, []);
    history.get(e.contactId)!.push(e);
  }
  return [...contacts]
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
    .map((c) => {
      const mine = history.get(c.id) ?? [];
      const last = mine.reduce<VouchEvent | undefined>((best, e) => (!best || e.at > best.at ? e : best), undefined);
      const r = reciprocityOf(mine, now, { relationship: c.relationship, reminderAfterDays: c.reminderAfterDays, doNotNudge: c.doNotNudge });
      const text = [
        c.name,
        c.id.startsWith('import:') ? '' : `https://www.linkedin.com/in/${c.id}/`,
        c.company ?? '',
        c.headline ?? '',
        c.relationship ?? '',
        r.status,
        r.nextStep?.label ?? '',
      ].map(guardCsvCell);
      return [
        ...text,
        mine.filter((e) => e.type === 'received').length,
        mine.filter((e) => e.type === 'given').length,
        last?.type ?? '',
        isoDay(last?.at),
        c.reminderAfterDays ?? '',
        c.doNotNudge ? 'yes' : '',
        isoDay(c.snoozedUntil),
      ];
    });
}

/** The ledger as CSV text, with a byte-order mark so that spreadsheets read it as UTF-8. */
export function ledgerCsv(contacts: readonly Contact[], events: readonly VouchEvent[], now: Date): string {
  return '\uFEFF' + Papa.unparse({ fields: [...LEDGER_COLUMNS], data: ledgerRows(contacts, events, now) }, { newline: '\r\n' });
}

export async function exportReceivedMarkdown(db: VouchDb, title?: string): Promise<string> {
  const [contacts, events] = await Promise.all([db.contacts.toArray(), db.events.where('type').equals('received').toArray()]);
  return receivedMarkdown(contacts, events, title);
}

export async function exportLedgerCsv(db: VouchDb, now = new Date()): Promise<string> {
  const [contacts, events] = await Promise.all([db.contacts.toArray(), db.events.toArray()]);
  return ledgerCsv(contacts, events, now);
}
