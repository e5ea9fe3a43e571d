import { parseLinkedInExport } from '@/storage/linkedin-export';
import { keystrokes } from './browser/timing';
import { csvCell, exportZip } from './data/export.mjs';
import { people } from './data/people.mjs';
import { batches, contactPayloads, eventPayloads } from './data/seed.mjs';
import { earlierRequests, recommendationText } from './data/texts.mjs';

describe('the generated export', () => {
  it("is read by Vouch's own parser: every connection, with its profile", async () => {
    const data = await parseLinkedInExport(exportZip(300, 10));
    expect(data.connections).toHaveLength(300);
    expect(data.problems).toEqual([]);
    expect(data.connections[0]!.profileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z-]+-0\/$/);
    expect(data.received).toHaveLength(10);
    expect(data.given).toHaveLength(10);
  });

  it.each([
    ['plain', 'plain'],
    ['Acme, Inc.', '"Acme, Inc."'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('csvCell(%j) = %j', (raw, want) => expect(csvCell(raw)).toBe(want));
});

describe('the people', () => {
  it('have unique ids that are valid contact ids', () => {
    const list = people(2_000);
    expect(new Set(list.map((p) => p.id)).size).toBe(2_000);
    for (const p of list) expect(p.id).toMatch(/^[^\s/?#A-Z]+$/);
  });
  it('include namesakes, as a real network does', () => {
    const names = people(2_000).map((p) => p.name);
    expect(new Set(names).size).toBeLessThan(names.length);
  });
});

describe('the seeded data', () => {
  it('spreads events evenly over contacts, each with a unique key', () => {
    const ids = contactPayloads(10).map((c) => c.id);
    const events = eventPayloads(ids, 100);
    expect(new Set(events.map((e) => e.key)).size).toBe(100);
    for (const id of ids) expect(events.filter((e) => e.contactId === id)).toHaveLength(10);
    expect(events.filter((e) => e.text)).toHaveLength(10);
  });
  it('is cut into batches no larger than a message may carry', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 500)).toEqual([]);
  });
});

describe('the texts', () => {
  it('the recommendation fills the 3,000 characters LinkedIn allows, in whole words', () => {
    const t = recommendationText(3_000);
    expect(t.length).toBeLessThanOrEqual(3_000);
    expect(t.length).toBeGreaterThan(2_900);
    expect(t.endsWith('.')).toBe(true);
  });
  it('the earlier requests are a thousand of about 600 characters each', () => {
    const list = earlierRequests(1_000);
    expect(list).toHaveLength(1_000);
    for (const r of list) expect(Math.abs(r.text.length - 600)).toBeLessThan(60);
  });
  it('each keystroke variant differs, and none is a copy of another', () => {
    const ks = keystrokes('Hello there.', 64);
    expect(new Set(ks).size).toBe(64);
    expect(ks[0]!.startsWith('Hello there')).toBe(true);
  });
});
