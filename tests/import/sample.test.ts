import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDb } from '@/storage/db';
import { importLinkedInExport } from '@/storage/import-merge';
import { resolveAmbiguity } from '@/storage/import-questions';
import { parseLinkedInExport } from '@/storage/linkedin-export';

// The committed sample is what the demo and the end-to-end test import: keep it readable and its
// one ambiguity in place (regenerate with tests/fixtures/exports/make-sample.mjs).
describe('sample-export.zip', () => {
  it('parses cleanly, imports with one question, and resolves', async () => {
    const zip = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/exports/sample-export.zip')));
    const parsed = await parseLinkedInExport(zip);
    expect(parsed.problems).toEqual([]);
    expect([parsed.connections.length, parsed.received.length, parsed.given.length]).toEqual([10, 3, 2]);
    expect(parsed.connections[1]?.profileUrl).toBe('https://www.linkedin.com/in/léo-dubois/');

    const db = createDb('test-' + crypto.randomUUID());
    const summary = await importLinkedInExport(db, parsed);
    expect(summary).toMatchObject({ contactsAdded: 10, eventsAdded: 4, ambiguities: 1 });
    const [question] = await db.ambiguities.toArray();
    expect(question?.candidates).toEqual(['sam-kim-globex', 'samkim-acme']);
    await resolveAmbiguity(db, question!.id!, 'samkim-acme');
    expect(await db.events.where('contactId').equals('samkim-acme').count()).toBe(1);
    await db.delete();
  });
});
