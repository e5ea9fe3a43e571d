import { unzipSync } from 'fflate';
import { decodeCsv, Problems, readConnections, readRecs } from './export-tables';

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
