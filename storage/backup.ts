import * as v from 'valibot';
import { UserFacingError } from './errors';
import type { Said } from './said';
import type { VouchDb } from './db';
import { LATEST_VERSION } from './db';
import { getSettings, LANGUAGES, settingsItem, type Settings } from './settings';
import { EVENT_SOURCES, EVENT_TYPES, RELATIONSHIPS } from './types';
import { encodeDates, reviveDates, type EncodedDate } from './tagged-dates';

/**
 * A backup is one JSON file holding every table the user's history lives in, plus their
 * preferences. Dates are tagged (tagged-dates.ts) so that they come back as Dates, not strings.
 * Restoring checks the whole file before touching anything, then replaces everything in one
 * transaction: a file that is damaged, foreign or from a newer Vouch changes nothing.
 */

export const BACKUP_FORMAT = 'vouch-backup';
export const BACKUP_VERSION = 1;
/** Far above any real history (10,000 contacts with all their events is a few MB). */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
const MAX_ROWS = 1_000_000;

const TABLES = ['contacts', 'events', 'notes', 'drafts', 'templates', 'settings', 'ambiguities'] as const;
type TableName = (typeof TABLES)[number];

export interface VouchBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: EncodedDate;
  schemaVersion: number;
  data: Record<TableName, unknown[]>;
  preferences: unknown;
}

export async function createBackup(db: VouchDb, now = new Date()): Promise<VouchBackup> {
  const data = await db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    const rows = await Promise.all(TABLES.map((t) => db.table(t).toArray()));
    return Object.fromEntries(TABLES.map((t, i) => [t, rows[i]!])) as Record<TableName, unknown[]>;
  });
  return encodeDates({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    schemaVersion: LATEST_VERSION,
    data,
    preferences: await getSettings(),
  }) as VouchBackup;
}

/** The backup as the text of a `.json` file. */
export async function exportBackup(db: VouchDb, now = new Date()): Promise<string> {
  return JSON.stringify(await createBackup(db, now));
}

export function backupFileName(now = new Date()): string {
  return `vouch-backup-${now.toISOString().slice(0, 10)}.json`;
}

// ── Validation ────────────────────────────────────────────────────────────────────────────────

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(1_000));
const name = v.pipe(v.string(), v.maxLength(20_000));
const text = v.pipe(v.string(), v.maxLength(200_000));
const date = v.date();
const int = v.pipe(v.number(), v.integer(), v.minValue(0));
const rows = <T extends v.GenericSchema>(row: T) => v.pipe(v.array(row), v.maxLength(MAX_ROWS));

// Loose objects: a field a later Vouch adds to a row is kept, not stripped, on the way through.
const contact = v.looseObject({
  id,
  memberUrn: v.optional(id),
  name,
  firstName: v.optional(name),
  lastName: v.optional(name),
  headline: v.optional(name),
  company: v.optional(name),
  nameKey: name,
  relationship: v.optional(v.picklist(RELATIONSHIPS)),
  reminderAfterDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
  doNotNudge: v.optional(v.boolean()),
  snoozedUntil: v.optional(date),
  connectedAt: v.optional(date),
  createdAt: date,
  updatedAt: date,
});
const event = v.looseObject({
  seq: v.optional(int),
  contactId: id,
  type: v.picklist(EVENT_TYPES),
  at: date,
  text: v.optional(text),
  source: v.picklist(EVENT_SOURCES),
  key: id,
  deletedAt: v.optional(date),
});
const note = v.looseObject({ id: v.optional(int), contactId: id, at: date, text });
const draft = v.looseObject({ id, contactId: id, kind: v.picklist(['write', 'request']), text, updatedAt: date });
const template = v.looseObject({ id, group: name, kind: name, name, body: text, builtIn: v.boolean(), updatedAt: date });
const setting = v.looseObject({ key: id, value: v.unknown() });
const ambiguity = v.looseObject({
  id: v.optional(int),
  createdAt: date,
  row: v.looseObject({
    name,
    company: v.optional(name),
    type: v.picklist(EVENT_TYPES),
    at: date,
    text: v.optional(text),
    key: id,
  }),
  candidates: v.pipe(v.array(id), v.maxLength(1_000)),
});
const preferences = v.looseObject({
  reminderAfterDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  theme: v.picklist(['system', 'light', 'dark']),
  paused: v.boolean(),
  viewer: v.nullable(v.looseObject({ id, name })),
  // Backups from before the language setting have none: the browser's language.
  language: v.optional(v.picklist(['auto', ...LANGUAGES]), 'auto'),
});

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: date,
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.object({
    contacts: rows(contact),
    events: rows(event),
    notes: rows(note),
    drafts: rows(draft),
    templates: rows(template),
    settings: rows(setting),
    ambiguities: rows(ambiguity),
  }),
  preferences,
});
export type CheckedBackup = v.InferOutput<typeof backupSchema>;

const UNIQUE: [TableName, string][] = [
  ['contacts', 'id'],
  ['events', 'key'],
  ['events', 'seq'],
  ['notes', 'id'],
  ['drafts', 'id'],
  ['templates', 'id'],
  ['settings', 'key'],
  ['ambiguities', 'id'],
];

const fail = (why: Said): never => {
  throw new UserFacingError({ key: 'errors.backup', slots: { why } });
};

/**
 * Reads and checks a backup file, without touching the database. Throws a UserFacingError that
 * says, in the user's words, why the file cannot be used. The places and problems in a damaged
 * file are named as the file and the validator name them.
 */
export function checkBackup(fileText: string): CheckedBackup {
  if (fileText.length > MAX_BACKUP_CHARS) fail({ key: 'errors.backupTooLarge' });
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    fail({ key: 'errors.backupNotJson' });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    fail({ key: 'errors.notBackup' });
  }
  const { version, schemaVersion } = raw as { version?: unknown; schemaVersion?: unknown };
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    fail({ key: 'errors.newerFormat', slots: { version } });
  }
  if (typeof schemaVersion === 'number' && schemaVersion > LATEST_VERSION) {
    fail({ key: 'errors.newerData', slots: { version: schemaVersion } });
  }
  const parsed = v.safeParse(backupSchema, reviveDates(raw));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue);
    fail(where ? { key: 'errors.damagedAt', slots: { where, problem: issue.message } } : { key: 'errors.damagedFile', slots: { problem: issue.message } });
  }
  const backup = (parsed as v.SafeParseResult<typeof backupSchema> & { success: true }).output;
  for (const [table, field] of UNIQUE) {
    const seen = new Set<unknown>();
    for (const row of backup.data[table] as Record<string, unknown>[]) {
      const value = row[field];
      if (value === undefined) continue;
      if (seen.has(value)) fail({ key: 'errors.shared', slots: { table, field, value: String(value) } });
      seen.add(value);
    }
  }
  return backup;
}

export interface RestoreSummary {
  counts: Record<TableName, number>;
}

/**
 * Replaces all of Vouch's data with a backup's. Everything is checked first; the tables are then
 * replaced in one transaction, and the preferences after it commits.
 */
export async function restoreBackup(db: VouchDb, fileText: string): Promise<RestoreSummary> {
  const backup = checkBackup(fileText);
  await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
    for (const t of TABLES) await db.table(t).clear();
    for (const t of TABLES) {
      const tableRows = backup.data[t];
      if (tableRows.length) await db.table(t).bulkAdd(tableRows);
    }
  });
  await settingsItem.setValue(backup.preferences as Settings);
  return { counts: Object.fromEntries(TABLES.map((t) => [t, backup.data[t].length])) as Record<TableName, number> };
}

/** Erases everything Vouch keeps: every table, the error log, and (unless asked not to) the preferences. */
export async function deleteAllData(db: VouchDb, opts: { keepPreferences?: boolean } = {}): Promise<void> {
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.log], async () => {
    await Promise.all([...TABLES.map((t) => db.table(t).clear()), db.log.clear()]);
  });
  if (!opts.keepPreferences) await settingsItem.removeValue();
}
