import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIRS = ['components/dashboard', 'entrypoints/dashboard'];
const FORBIDDEN = [/innerHTML/, /dangerouslySetInnerHTML/, /\beval\s*\(/, /new Function\b/, /localStorage/, /\bfetch\s*\(/, /\.css['"]/, /XMLHttpRequest/];
const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => /\.tsx?$/.test(f)).map((f) => join(d, f)));

/** What writes to Vouch's data: on the dashboard only the background may call it (through `send`). */
const WRITES = [
  /\bdb\.\w+\.(add|put|update|delete|clear|bulkAdd|bulkPut|bulkUpdate|bulkDelete)\(/,
  /\.modify\(/,
  /transaction\(\s*['"]rw/,
  /\b(appendEvents|deleteEvent|restoreEvent|updateEvent|addNote|deleteNote|saveDraft|clearDraft|updateContactSettings|upsertContactFacts|saveTemplate|deleteTemplate|resetTemplates|importLinkedInExport|resolveAmbiguity\w*|dismissAmbiguity|restoreBackup|deleteAllData)\b/,
];

describe('the dashboard keeps the house rules', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s uses no markup injection, eval, localStorage, network or CSS imports', (file) => {
    const code = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(code, `${pattern}`).not.toMatch(pattern);
  });
  it.each(files)('%s only reads the database: every write is a message to the background', (file) => {
    const code = readFileSync(file, 'utf8');
    for (const pattern of WRITES) expect(code, `${pattern}`).not.toMatch(pattern);
  });
});
