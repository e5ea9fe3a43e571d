import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { profileIdFromHref } from './linkedin-urls';

/**
 * Reads LinkedIn's "Get a copy of your data" archive. What real exports contain is described in
 * docs/linkedin-pages.md ("The data export"); every quirk listed there has a fixture in tests/import/.
 *
 * Rows that cannot be read are listed in `problems` in words the user can act on; an archive that
 * is damaged or is not a LinkedIn export is an Error. Nothing is ever guessed silently.
 */

export interface Rec {
  firstName: string;
  lastName: string;
  company: string;
  jobTitle: string;
  text: string;
  date: Date;
  /** As LinkedIn wrote it, upper case: VISIBLE, HIDDEN, PENDING… ('' when the column is absent). */
  status: string;
}

export interface Connection {
  firstName: string;
  lastName: string;
  /** Canonical `https://www.linkedin.com/in/<id>/`, the id percent-decoded and lowercased. */
  profileUrl?: string;
  email?: string;
  company?: string;
  position?: string;
  connectedOn?: Date;
}

export interface LinkedInExport {
  received: Rec[];
  given: Rec[];
  connections: Connection[];
  problems: string[];
}

/** An entry larger than this is refused unread: no real CSV of the export comes near it (zip bombs do). */
export const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
const MAX_PROBLEMS_PER_FILE = 20;

type FileKind = 'received' | 'given' | 'connections';

const FILE_LABEL: Record<FileKind, string> = {
  received: 'Recommendations_Received.csv',
  given: 'Recommendations_Given.csv',
  connections: 'Connections.csv',
};

/** Other files every generation of the export has carried: they tell a partial export from a foreign ZIP. */
const OTHER_EXPORT_FILES = new Set([
  'profile',
  'positions',
  'education',
  'skills',
  'languages',
  'email addresses',
  'phonenumbers',
  'phone numbers',
  'messages',
  'invitations',
  'registration',
  'endorsement received info',
  'endorsement given info',
  'certifications',
  'projects',
  'rich media',
  'company follows',
  'member follows',
  'reactions',
  'shares',
  'comments',
  'imported contacts',
  'ad targeting',
  'inferences about you',
  'learning',
  'receipts',
]);

/** `Recommendations_Received.csv`, `Recommendations Received.csv`, any folder, any case → its kind. */
export function exportFileKind(path: string): FileKind | 'other-export' | null {
  if (/(^|\/)__MACOSX\//i.test(path)) return null;
  const base = path.split('/').pop() ?? '';
  if (base.startsWith('._') || !/\.csv$/i.test(base)) return null;
  const stem = base
    .replace(/\.csv$/i, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (stem === 'recommendations received') return 'received';
  if (stem === 'recommendations given') return 'given';
  if (stem === 'connections') return 'connections';
  return OTHER_EXPORT_FILES.has(stem) ? 'other-export' : null;
}

// ── Dates ─────────────────────────────────────────────────────────────────────────────────────

/** Which way round `07/08/09` is read: LinkedIn writes month first, but a file can prove otherwise. */
export type SlashOrder = 'mdy' | 'dmy' | 'unknown';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp])?\.?(?:[Mm]\.?)?`;
const ZONE = String.raw`(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+${TIME})?${ZONE}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+${TIME})?${ZONE}$`);
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})(?:,?\s+${TIME})?${ZONE}$`);
const MONTH_DAY = new RegExp(
  String.raw`^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?${ZONE}$`,
);

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w) && w.length >= 3);
  return i < 0 ? null : i + 1;
}

/**
 * Reads the slash dates of one file and decides their order: a first number above 12 proves
 * day-first, a second above 12 proves month-first; both at once is `unknown`. With no proof,
 * LinkedIn's own month-first order holds.
 */
export function slashOrderOf(raws: readonly string[]): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const raw of raws) {
    const m = NUMERIC.exec(raw.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'unknown';
  return dayFirst ? 'dmy' : 'mdy';
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * One date as LinkedIn has written it over the years, or null when it cannot be read without
 * guessing. Times without a zone are read as UTC (LinkedIn writes its exports in UTC) so that the
 * same export gives the same instants on every machine; a date without a time is put at 12:00 UTC
 * so that its calendar day reads the same in every time zone from UTC−11 to UTC+11.
 */
export function parseExportDate(raw: string, order: SlashOrder = 'mdy', now: Date = new Date()): Date | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let year: number;
  let month: number | null;
  let day: number;
  let time: RegExpExecArray | null = null;
  let timeAt = 0;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(s))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    time = m;
    timeAt = 4;
  } else if ((m = NUMERIC.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const y = m[3]!;
    year = y.length === 2 ? 2000 + Number(y) : Number(y);
    let dayFirst = order === 'dmy';
    if (order === 'unknown') {
      if (a === b || (a > 12) !== (b > 12)) dayFirst = a > 12;
      else return null;
    }
    [day, month] = dayFirst ? [a, b] : [b, a];
    time = m;
    timeAt = 4;
  } else if ((m = DAY_MONTH.exec(s))) {
    [day, month, year] = [Number(m[1]), monthOf(m[2]!), Number(m[3])];
    time = m;
    timeAt = 4;
  } else if ((m = MONTH_DAY.exec(s))) {
    [month, day, year] = [monthOf(m[1]!), Number(m[2]), Number(m[3])];
    time = m;
    timeAt = 4;
  } else {
    return null;
  }
  if (!month || month > 12 || day < 1 || day > daysIn(year, month)) return null;

  let hours = 12;
  let minutes = 0;
  let seconds = 0;
  const [h, min, sec, ampm, zone] = time.slice(timeAt, timeAt + 5);
  if (h !== undefined) {
    hours = Number(h);
    minutes = Number(min);
    seconds = sec ? Number(sec) : 0;
    if (ampm) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (/p/i.test(ampm) ? 12 : 0);
    }
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
  }
  const at = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds) - zoneMinutes(zone) * 60_000);
  // LinkedIn opened in 2003; a date before it or in the future is a misreading, not a fact.
  if (year < 2002 || at.getTime() > now.getTime() + 2 * 86_400_000) return null;
  return at;
}

// ── CSV ───────────────────────────────────────────────────────────────────────────────────────

const headerName = (cell: string) =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const COLUMNS = {
  firstName: ['first name', 'firstname', 'first'],
  lastName: ['last name', 'lastname', 'last'],
  company: ['company', 'organization'],
  jobTitle: ['job title', 'title', 'position'],
  text: ['text', 'recommendation', 'body'],
  date: ['creation date', 'created date', 'created at', 'created on', 'date'],
  status: ['status'],
  url: ['url', 'profile url', 'public profile url'],
  email: ['email address', 'email', 'email addresses'],
  position: ['position', 'job title', 'title'],
  connectedOn: ['connected on', 'connected', 'connection date'],
} as const;
type Column = keyof typeof COLUMNS;

interface Table {
  rows: { line: number; get(col: Column): string }[];
  has(col: Column): boolean;
}

/** Bytes to text: UTF-8 unless a UTF-16 byte-order mark says otherwise; the BOM itself is dropped. */
export function decodeCsv(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Finds the header row (Connections.csv puts "Notes:" lines above it), then reads the rows under
 * it with papaparse. Line endings are unified first so that a CRLF file with LF inside quoted text
 * is not split in the wrong places.
 */
function readTable(text: string, file: string, problems: Problems): Table | null {
  const unified = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = unified.split('\n');
  let offset = 0;
  let header: string[] | null = null;
  for (let i = 0; i < Math.min(lines.length, 100); i++) {
    const cells = Papa.parse<string[]>(lines[i]!, { delimiter: ',' }).data[0]?.map(headerName) ?? [];
    if (COLUMNS.firstName.some((c) => cells.includes(c)) && COLUMNS.lastName.some((c) => cells.includes(c))) {
      header = cells;
      break;
    }
    offset += lines[i]!.length + 1;
  }
  if (!header) {
    problems.add(file, `${file} has no "First Name, Last Name" header row: the file was skipped.`);
    return null;
  }
  const parsed = Papa.parse<string[]>(unified.slice(offset), { delimiter: ',', skipEmptyLines: 'greedy' });
  for (const e of parsed.errors) {
    problems.add(file, `${file}, row ${(e.row ?? 0) + 1}: ${e.message}.`);
  }
  const index = (col: Column) => {
    for (const name of COLUMNS[col]) {
      const i = header.indexOf(name);
      if (i >= 0) return i;
    }
    return -1;
  };
  const positions = Object.fromEntries(Object.keys(COLUMNS).map((c) => [c, index(c as Column)])) as Record<Column, number>;
  const rows: Table['rows'] = [];
  const width = header.length;
  parsed.data.slice(1).forEach((raw, i) => {
    const line = i + 2;
    const cells = mendUnquotedDateComma(raw, width, [positions.date, positions.connectedOn]);
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      problems.add(file, `${file}, row ${line}: more fields than the header has (an unquoted comma?): the row was skipped.`);
      return;
    }
    rows.push({ line, get: (col) => (positions[col] >= 0 ? (cells[positions[col]] ?? '').trim() : '') });
  });
  return { rows, has: (col) => positions[col] >= 0 };
}

/**
 * `07/21/09, 12:11 PM` holds a comma; a writer that forgot to quote it splits the date in two and
 * pushes every later column one place right. Only that exact shape is mended: one field too many,
 * and the date column followed by something that reads as a time.
 */
export function mendUnquotedDateComma(cells: string[], width: number, dateColumns: number[]): string[] {
  if (cells.length !== width + 1) return cells;
  for (const p of dateColumns) {
    if (p < 0) continue;
    const [date, time] = [cells[p] ?? '', cells[p + 1] ?? ''];
    if (/\d$/.test(date.trim()) && /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?\s*$/.test(time)) {
      return [...cells.slice(0, p), `${date},${time}`, ...cells.slice(p + 2)];
    }
  }
  return cells;
}

class Problems {
  readonly list: string[] = [];
  private perFile = new Map<string, number>();
  add(file: string, message: string) {
    const n = (this.perFile.get(file) ?? 0) + 1;
    this.perFile.set(file, n);
    if (n <= MAX_PROBLEMS_PER_FILE) this.list.push(message);
    else if (n === MAX_PROBLEMS_PER_FILE + 1) this.list.push(`${file}: further problems not listed.`);
  }
}

const nfc = (s: string) => s.normalize('NFC');

function readRecs(text: string, file: string, problems: Problems): Rec[] {
  const table = readTable(text, file, problems);
  if (!table) return [];
  for (const col of ['text', 'date'] as const) {
    if (!table.has(col)) {
      problems.add(file, `${file} has no "${col === 'text' ? 'Text' : 'Creation Date'}" column: the file was skipped.`);
      return [];
    }
  }
  const order = slashOrderOf(table.rows.map((r) => r.get('date')));
  const recs: Rec[] = [];
  for (const row of table.rows) {
    const firstName = nfc(row.get('firstName'));
    const lastName = nfc(row.get('lastName'));
    if (!firstName && !lastName) {
      problems.add(file, `${file}, row ${row.line}: no name: the row was skipped.`);
      continue;
    }
    const date = parseExportDate(row.get('date'), order);
    if (!date) {
      problems.add(
        file,
        `${file}, row ${row.line} (${firstName} ${lastName}): the date "${row.get('date')}" could not be read: the row was skipped.`,
      );
      continue;
    }
    recs.push({
      firstName,
      lastName,
      company: nfc(row.get('company')),
      jobTitle: nfc(row.get('jobTitle')),
      text: nfc(row.get('text')),
      date,
      status: row.get('status').toUpperCase(),
    });
  }
  return recs;
}

function canonicalProfileUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.startsWith('http') ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const id = profileIdFromHref(url.href);
  // A decoded id with a space or a slash could not be a contact id (nor a real vanity name).
  return id && /^[^\s/?#]+$/u.test(id) ? `https://www.linkedin.com/in/${id}/` : null;
}

/** The contact id in a Connection's profile URL (decoded, lowercased vanity), or null. */
export function connectionProfileId(c: Pick<Connection, 'profileUrl'>): string | null {
  return c.profileUrl ? profileIdFromHref(c.profileUrl) : null;
}

function readConnections(text: string, file: string, problems: Problems): Connection[] {
  const table = readTable(text, file, problems);
  if (!table) return [];
  const order = slashOrderOf(table.rows.map((r) => r.get('connectedOn')));
  const out: Connection[] = [];
  for (const row of table.rows) {
    const firstName = nfc(row.get('firstName'));
    const lastName = nfc(row.get('lastName'));
    if (!firstName && !lastName) {
      problems.add(file, `${file}, row ${row.line}: no name: the row was skipped.`);
      continue;
    }
    const c: Connection = { firstName, lastName };
    const url = row.get('url');
    if (url) {
      const canonical = canonicalProfileUrl(url);
      if (canonical) c.profileUrl = canonical;
      else problems.add(file, `${file}, row ${row.line} (${firstName} ${lastName}): "${url}" is not a LinkedIn profile address.`);
    }
    const email = row.get('email');
    if (email) c.email = email;
    const company = nfc(row.get('company'));
    if (company) c.company = company;
    const position = nfc(row.get('position'));
    if (position) c.position = position;
    const connected = row.get('connectedOn');
    if (connected) {
      const d = parseExportDate(connected, order);
      if (d) c.connectedOn = d;
      else problems.add(file, `${file}, row ${row.line} (${firstName} ${lastName}): the date "${connected}" could not be read.`);
    }
    out.push(c);
  }
  return out;
}

// ── The archive ───────────────────────────────────────────────────────────────────────────────

interface ArchiveFiles {
  files: { kind: FileKind; path: string; bytes: Uint8Array }[];
  sawExportFile: boolean;
}

const DAMAGED =
  'This file could not be opened as a ZIP archive: it may be damaged or incomplete. Download the export from LinkedIn again.';

function openArchive(zip: Uint8Array, problems: Problems): ArchiveFiles {
  if (zip.length < 22 || zip[0] !== 0x50 || zip[1] !== 0x4b) throw new Error(DAMAGED);
  const found: ArchiveFiles = { files: [], sawExportFile: false };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (entry) => {
        const kind = exportFileKind(entry.name);
        if (kind === 'other-export') found.sawExportFile = true;
        if (!kind || kind === 'other-export') return false;
        if (entry.originalSize > MAX_ENTRY_BYTES || entry.size > MAX_ENTRY_BYTES) {
          problems.add(entry.name, `${entry.name} is too large to be a real export file (over 200 MB): it was not read.`);
          return false;
        }
        return true;
      },
    });
  } catch {
    throw new Error(DAMAGED);
  }
  for (const [path, bytes] of Object.entries(entries)) {
    const kind = exportFileKind(path) as FileKind;
    found.files.push({ kind, path, bytes });
  }
  return found;
}

function dedupe<T>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Parses one LinkedIn export, or several parts of one. LinkedIn may send the export as two ZIPs
 * (a first part within minutes, the complete archive later): pass every part you have, in any
 * order. Files of the same kind found in several parts are all read and identical rows counted
 * once; a file missing from every part is a listed problem. Calling this once per part and
 * importing each result also works, since importing is idempotent.
 */
export async function parseLinkedInExport(zip: Uint8Array | readonly Uint8Array[]): Promise<LinkedInExport> {
  const parts = zip instanceof Uint8Array ? [zip] : [...zip];
  if (parts.length === 0) throw new Error('No file was given to import.');
  const problems = new Problems();
  const archives = parts.map((p) => openArchive(p, problems));
  const files = archives.flatMap((a) => a.files);
  if (files.length === 0 && !archives.some((a) => a.sawExportFile) && problems.list.length === 0) {
    throw new Error(
      'This ZIP does not look like a LinkedIn data export: it has no Connections.csv and no Recommendations files.',
    );
  }
  const result: LinkedInExport = { received: [], given: [], connections: [], problems: problems.list };
  for (const kind of ['received', 'given', 'connections'] as const) {
    const ofKind = files.filter((f) => f.kind === kind);
    if (ofKind.length === 0) {
      problems.add(FILE_LABEL[kind], `${FILE_LABEL[kind]} is not in this export: nothing was read for it.`);
      continue;
    }
    for (const f of ofKind) {
      const text = decodeCsv(f.bytes);
      if (kind === 'connections') result.connections.push(...readConnections(text, f.path, problems));
      else result[kind].push(...readRecs(text, f.path, problems));
    }
  }
  result.received = dedupe(result.received);
  result.given = dedupe(result.given);
  result.connections = dedupe(result.connections);
  return result;
}
