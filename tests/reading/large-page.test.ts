import { describe, expect, it } from 'vitest';
import { readProfile } from '@/components/linkedin/profile';
import { fixtureHtml, FIXTURES, restoreSelections } from './fixtures';

/** A details page with hundreds of items: every one read once (the reader once scaled quadratically). */
describe('a long recommendations page', () => {
  it('reads 500 received items, each once, in order', () => {
    const f = FIXTURES.find((x) => x.file === 'details-own-pending.html')!;
    const html = fixtureHtml(f);
    const start = html.indexOf('<li class="artdeco-list__item pvs-list__paged-list-item');
    const end = html.indexOf('\n</li>', start) + '\n</li>'.length;
    const item = html.slice(start, end);
    const items = Array.from({ length: 500 }, (_, i) => item.replaceAll('renee-lefevre', `person-${i}`)).join('\n');
    const doc = restoreSelections(new DOMParser().parseFromString(html.slice(0, start) + items + html.slice(end), 'text/html'));
    const reading = readProfile(doc, new URL(f.url));
    const received = reading.recommendations!.received;
    expect(received).toHaveLength(500);
    expect(received.map((r) => r.profileId)).toEqual(Array.from({ length: 500 }, (_, i) => `person-${i}`));
  }, 30_000);
});
