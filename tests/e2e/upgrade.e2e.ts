import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '@/storage/db';
import { launch, type Launched } from './harness.mjs';

/**
 * An update that changes the database's schema, in Chromium: the data a Vouch of schema v2 left on
 * disk (written here with IndexedDB itself, as that version's Dexie laid it out) is opened by the
 * built extension in a browser started again on the same profile, as after an update.
 */

const DAY = 86_400_000;

/** Run in the service worker: replaces Vouch's database with one at schema v2 (IndexedDB version 20) holding `rows`. */
async function writeSchemaV2(rows: { contacts: object[]; events: object[] }) {
  const done = (r: IDBRequest | IDBTransaction) =>
    new Promise<void>((ok, fail) => {
      if (r instanceof IDBTransaction) {
        r.oncomplete = () => ok();
        r.onabort = () => fail(r.error);
      } else {
        r.onsuccess = () => ok();
        r.onerror = () => fail(r.error);
      }
    });
  // The worker's own connection closes when asked (Dexie does on a version change), so this goes through.
  await done(indexedDB.deleteDatabase('vouch'));
  const open = indexedDB.open('vouch', 20);
  open.onupgradeneeded = () => {
    const db = open.result;
    const store = (name: string, keyPath: string, autoIncrement: boolean, indexes: [string, string | string[], boolean?][]) => {
      const s = db.createObjectStore(name, { keyPath, autoIncrement });
      for (const [index, path, unique] of indexes) s.createIndex(index, path, { unique: !!unique });
    };
    store('contacts', 'id', false, [['memberUrn', 'memberUrn'], ['updatedAt', 'updatedAt'], ['relationship', 'relationship'], ['nameKey', 'nameKey']]);
    store('events', 'seq', true, [['key', 'key', true], ['contactId', 'contactId'], ['[contactId+at]', ['contactId', 'at']], ['type', 'type'], ['at', 'at']]);
    store('notes', 'id', true, [['contactId', 'contactId'], ['[contactId+at]', ['contactId', 'at']]]);
    store('drafts', 'id', false, [['contactId', 'contactId'], ['updatedAt', 'updatedAt']]);
    store('templates', 'id', false, [['[group+kind]', ['group', 'kind']]]);
    store('settings', 'key', false, []);
    store('log', 'id', true, [['at', 'at']]);
    store('ambiguities', 'id', true, [['createdAt', 'createdAt']]);
  };
  await done(open);
  const db = open.result;
  const tx = db.transaction(['contacts', 'events'], 'readwrite');
  for (const c of rows.contacts) tx.objectStore('contacts').put(c);
  for (const e of rows.events) tx.objectStore('events').add(e);
  await done(tx);
  db.close();
}

/** Run in an extension page: the version on disk, every contact and event, every digest, and the contacts' indexes, read with IndexedDB itself. */
async function readDisk() {
  const open = indexedDB.open('vouch');
  await new Promise((ok, fail) => {
    open.onsuccess = ok;
    open.onerror = () => fail(open.error);
  });
  const db = open.result;
  const all = (name: string) =>
    new Promise<any[]>((ok, fail) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const out = {
    version: db.version,
    contacts: await all('contacts'),
    contactIndexes: [...db.transaction('contacts').objectStore('contacts').indexNames],
    events: await all('events'),
    digests: db.objectStoreNames.contains('digests') ? await all('digests') : null,
  };
  db.close();
  return out;
}

const ledgerList = (page: Page) =>
  page.evaluate(async () => {
    const reply = await (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type: 'ledger.list', payload: {} });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return (reply.data as { contactId: string; status: string }[]).map((r) => [r.contactId, r.status]).sort();
  });

describe('an update that changes the schema', () => {
  it('opens a v2 database at the latest version, keeps every event, and makes each contact’s digest, so the ledger reads right', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'vouch-upgrade-'));
    let browser: Launched | null = null;
    try {
      const now = Date.now();
      const at = (days: number) => new Date(now - days * DAY);
      const contact = (id: string, name: string, extra = {}) => ({ id, name, nameKey: name.toLowerCase(), createdAt: at(400), updatedAt: at(400), ...extra });
      const event = (contactId: string, type: string, days: number, key: string, extra = {}) => ({ contactId, type, at: at(days), source: 'user', key, ...extra });
      const rows = {
        contacts: [contact('sam-rivera', 'Sam Rivera', { relationship: 'peer' }), contact('jane-doe-42', 'Jane Doe'), contact('lee-park', 'Lee Park')],
        events: [
          event('sam-rivera', 'request-sent', 20, 'v2:sam:req'),
          event('jane-doe-42', 'request-sent', 60, 'v2:jane:req'),
          event('jane-doe-42', 'received', 30, 'v2:jane:rec', { text: 'Jane is a calm, exact lead.' }),
          event('lee-park', 'given', 15, 'v2:lee:given', { deletedAt: at(1) }),
          event('lee-park', 'note', 14, 'v2:lee:note', { text: 'Met at the offsite' }),
          event('orphan-ola', 'received', 5, 'v2:ola:rec'),
        ],
      };

      browser = await launch({ userDataDir: profile });
      await browser.worker!.evaluate(writeSchemaV2, rows);
      await browser.close();

      // The browser starts again on that profile: the worker opens the database and upgrades it.
      browser = await launch({ userDataDir: profile });
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
      expect(await ledgerList(page)).toEqual([
        ['jane-doe-42', 'you-owe'],
        ['lee-park', 'none'],
        ['orphan-ola', 'you-owe'],
        ['sam-rivera', 'waiting'],
      ]);
      const disk = await page.evaluate(readDisk);
      // Dexie keeps schema version n as IndexedDB version n × 10.
      expect(disk.version).toBe(LATEST_VERSION * 10);
      // Every contact keeps every field; the contacts' secondary indexes are gone (v4).
      expect(disk.contacts.map((c: { id: string; name: string; nameKey: string; relationship?: string }) => [c.id, c.name, c.nameKey, c.relationship]).sort()).toEqual(
        rows.contacts.map((c) => [c.id, c.name, c.nameKey, (c as { relationship?: string }).relationship]).sort(),
      );
      expect(disk.contactIndexes).toEqual([]);
      expect(disk.events.map((e: { key: string }) => e.key)).toEqual(rows.events.map((e) => e.key));
      // A digest keeps each event's seq (its order), not its key.
      const keyOf = new Map(disk.events.map((e: { seq: number; key: string }) => [e.seq, e.key]));
      const digests = Object.fromEntries((disk.digests ?? []).map((d: { contactId: string; events: { seq: number }[] }) => [d.contactId, d.events.map((e) => keyOf.get(e.seq))]));
      expect(digests).toEqual({
        'sam-rivera': ['v2:sam:req'],
        'jane-doe-42': ['v2:jane:req', 'v2:jane:rec'],
        'lee-park': ['v2:lee:note'],
        'orphan-ola': ['v2:ola:rec'],
      });
      // The dashboard draws the same standings.
      await expect.poll(() => page.getByText('Jane Doe').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await browser?.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
