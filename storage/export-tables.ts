import Papa from 'papaparse';
import { profileIdFromHref, profileIdFromPath } from './linkedin-urls';
import { parseExportDate, slashOrderOf } from './export-dates';
import type { Connection, Rec } from './linkedin-export';

/** The CSV tables of LinkedIn's export: recommendations received and given, and connections. */

const MAX_PROBLEMS_PER_FILE = 20;

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

export class Problems {
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

/** A row's person, or null (said in `problems`) when it names nobody: such a row is skipped. */
function nameOf(row: { line: number; get(col: string): string }, file: string, problems: Problems) {
  const firstName = nfc(row.get('firstName'));
  const lastName = nfc(row.get('lastName'));
  if (firstName || lastName) return { firstName, lastName };
  problems.add(file, `${file}, row ${row.line}: no name: the row was skipped.`);
  return null;
}

export function readRecs(text: string, file: string, problems: Problems): Rec[] {
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
    const named = nameOf(row, file, problems);
    if (!named) continue;
    const { firstName, lastName } = named;
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
  const id = profileIdFromPath(url.pathname);
  // A decoded id with a space or a slash could not be a contact id (nor a real vanity name).
  return id && /^[^\s/?#]+$/u.test(id) ? `https://www.linkedin.com/in/${id}/` : null;
}

/** The contact id in a Connection's profile URL (decoded, lowercased vanity), or null. */
export function connectionProfileId(c: Pick<Connection, 'profileUrl'>): string | null {
  return c.profileUrl ? profileIdFromHref(c.profileUrl) : null;
}

export function readConnections(text: string, file: string, problems: Problems): Connection[] {
  const table = readTable(text, file, problems);
  if (!table) return [];
  const order = slashOrderOf(table.rows.map((r) => r.get('connectedOn')));
  // Thousands of connections share each day: each date's text is read once.
  const days = new Map<string, Date | null>();
  const dayOf = (raw: string) => {
    if (!days.has(raw)) days.set(raw, parseExportDate(raw, order));
    const d = days.get(raw);
    return d ? new Date(d) : null;
  };
  const out: Connection[] = [];
  for (const row of table.rows) {
    const named = nameOf(row, file, problems);
    if (!named) continue;
    const { firstName, lastName } = named;
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
      const d = dayOf(connected);
      if (d) c.connectedOn = d;
      else problems.add(file, `${file}, row ${row.line} (${firstName} ${lastName}): the date "${connected}" could not be read.`);
    }
    out.push(c);
  }
  return out;
}
