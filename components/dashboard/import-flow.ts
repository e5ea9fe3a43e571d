import type { ImportSummary } from '@/storage/import-merge';
import { t, tn } from '@/components/i18n/t';

/** LinkedIn's archive is rarely over a few hundred MB; anything far beyond is not an export. */
export const MAX_EXPORT_BYTES = 2 * 1024 * 1024 * 1024;
/** An export arrives in one or two parts; a few more are tolerated, a folder's worth is a mistake. */
export const MAX_EXPORT_PARTS = 4;

export interface ChosenFile {
  name: string;
  size: number;
}

/** What is wrong with the files chosen, before reading a byte of them; empty when they can be read. */
export function checkChosenFiles(files: readonly ChosenFile[]): string[] {
  if (files.length === 0) return [t('importFlow.chooseZip')];
  const problems: string[] = [];
  if (files.length > MAX_EXPORT_PARTS) problems.push(t('importFlow.atMost', { max: MAX_EXPORT_PARTS }));
  for (const f of files) {
    if (!/\.zip$/i.test(f.name)) problems.push(t('importFlow.notZip', { file: f.name }));
    else if (f.size === 0) problems.push(t('importFlow.empty', { file: f.name }));
    else if (f.size > MAX_EXPORT_BYTES) problems.push(t('importFlow.tooLarge', { file: f.name }));
  }
  return problems;
}

/**
 * Reads the chosen files into memory, saying how many bytes are in so far: a large archive takes a
 * while to read, and the bar should move from the start. Falls back to one read per file where a
 * file cannot be streamed.
 */
export async function readFiles(files: readonly Blob[], onProgress: (loaded: number, total: number) => void): Promise<Uint8Array[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let loaded = 0;
  const out: Uint8Array[] = [];
  for (const file of files) {
    if (typeof file.stream !== 'function') {
      const bytes = new Uint8Array(await file.arrayBuffer());
      out.push(bytes);
      onProgress((loaded += bytes.length), total);
      continue;
    }
    const bytes = new Uint8Array(file.size);
    let at = 0;
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // A file that grew while being read is read as it was when chosen.
      const chunk = value.subarray(0, Math.max(0, bytes.length - at));
      bytes.set(chunk, at);
      at += chunk.length;
      onProgress((loaded += chunk.length), total);
    }
    out.push(at === bytes.length ? bytes : bytes.subarray(0, at));
  }
  return out;
}

export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** The outcome of an import, in sentences; a re-import that found nothing new says so plainly. */
export function summaryLines(s: ImportSummary): string[] {
  const lines: string[] = [];
  if (s.contactsAdded) lines.push(tn('importFlow.added', s.contactsAdded));
  if (s.contactsUpdated) lines.push(tn('importFlow.updated', s.contactsUpdated));
  if (s.contactsMerged) lines.push(tn('importFlow.merged', s.contactsMerged));
  if (s.eventsAdded) lines.push(tn('importFlow.events', s.eventsAdded));
  if (s.ambiguities) lines.push(tn('importFlow.ambiguous', s.ambiguities));
  if (s.alreadyKnown) lines.push(tn('importFlow.known', s.alreadyKnown));
  if (lines.length === 0) lines.push(t('importFlow.nothingNew'));
  return lines;
}
