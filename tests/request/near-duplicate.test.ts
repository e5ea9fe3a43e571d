import { describe, expect, it } from 'vitest';
import { checkRequest } from '@/components/request/checks';
import { isNearDuplicate, likeness, nameParts, shingle } from '@/components/request/similarity';

const TO_PRIYA =
  "Hi Priya,\n\nI hope you're doing well! I've been reflecting on the two years I spent on your analytics team at Brightwave, and I'm so grateful for everything you taught me. Would you be open to writing a short LinkedIn recommendation about my work? If it helps, you could mention the churn model I built in 2022 and how I presented results to leadership. No pressure at all if you're busy.\n\nThanks so much,\nDaniel";

const dupKinds = (text: string, firstName: string, sentBefore: { contactName: string; text: string }[]) =>
  checkRequest(text, { firstName, sentBefore }).filter((f) => f.kind === 'near-duplicate');

describe('near-duplicate', () => {
  it('fires on the same message sent to someone else, names swapped', () => {
    const copy = TO_PRIYA.replace('Priya', 'Marcus');
    const [f] = dupKinds(copy, 'Marcus', [{ contactName: 'Priya Raman', text: TO_PRIYA }]);
    expect(f).toMatchObject({ kind: 'near-duplicate', severity: 'warning' });
    expect(f!.message).toContain('Priya Raman');
    // The span covers the copied stretch, which stops short of the greeting's new name.
    expect(copy.slice(f!.start, f!.end)).not.toContain('Marcus');
    expect(copy.slice(f!.start, f!.end)).toContain('the churn model I built');
  });

  it('fires on a lightly edited copy', () => {
    const edited = TO_PRIYA.replace('Priya', 'Marcus')
      .replace('two years', 'three years')
      .replace('analytics team', 'data team')
      .replace('so grateful', 'really grateful')
      .replace('No pressure at all', 'No pressure');
    expect(dupKinds(edited, 'Marcus', [{ contactName: 'Priya Raman', text: TO_PRIYA }])).toHaveLength(1);
  });

  it('fires when a paragraph was added to a copy', () => {
    const longer = `${TO_PRIYA.replace('Priya', 'Marcus').replace('\n\nThanks so much', ' I also loved our Friday demos and the way the team shared credit.\n\nThanks so much')}`;
    expect(dupKinds(longer, 'Marcus', [{ contactName: 'Priya Raman', text: TO_PRIYA }])).toHaveLength(1);
  });

  it('does not fire on a genuinely different message to someone else, even on the same subject', () => {
    const other =
      "Hi Marcus, it was a joy building the pricing dashboard with you last spring. I'm gathering a few LinkedIn recommendations and yours would mean a lot; maybe a line about how I ran the user interviews? Totally fine if now isn't a good time. Thank you!";
    expect(dupKinds(other, 'Marcus', [{ contactName: 'Priya Raman', text: TO_PRIYA }])).toEqual([]);
  });

  it('does not fire on the same built-in template tailored with different talking points', () => {
    const a =
      "Hi Priya, I hope you're well! Working alongside you on the Atlas billing migration taught me a lot about doing this work properly. If you'd like a starting point, you could speak to calm debugging and clear writing. I'm still proud of how it turned out: invoice errors fell by 40%. Thank you for considering it!";
    const b =
      "Hi Marcus, I hope you're well! Working alongside you on the warehouse robotics pilot taught me a lot about doing this work properly. If you'd like a starting point, you could speak to vendor negotiation and careful planning. I'm still proud of how it turned out: picking time halved in six weeks. Thank you for considering it!";
    expect(dupKinds(b, 'Marcus', [{ contactName: 'Priya Raman', text: a }])).toEqual([]);
  });

  it('does not fire without earlier messages or on an empty one', () => {
    expect(dupKinds(TO_PRIYA, 'Priya', [])).toEqual([]);
    expect(dupKinds(TO_PRIYA, 'Priya', [{ contactName: 'Marcus', text: '' }])).toEqual([]);
  });

  it('flags short identical asks too', () => {
    expect(dupKinds('Hi Marcus, can you write me a recommendation?', 'Marcus', [{ contactName: 'Priya', text: 'Hi Priya, can you write me a recommendation?' }])).toHaveLength(1);
  });

  it('checks against 1,000 earlier messages and finds the one copy among them', () => {
    const topics = ['billing', 'search', 'onboarding', 'pricing', 'mobile', 'security', 'hiring', 'support', 'analytics', 'payments'];
    const skills = ['negotiation', 'debugging', 'planning', 'writing', 'coaching', 'research', 'design', 'testing'];
    const earlier = Array.from({ length: 1_000 }, (_, i) => {
      const t = topics[i % topics.length]!;
      const s = skills[(i * 7) % skills.length]!;
      return {
        contactName: `Person ${i}`,
        text: `Hi Person${i}, message ${i}: our ${t} work in sprint ${i} went well because of ${s}; version ${i * 13} shipped with ${i % 17} fixes and ${i % 11} open questions about ${topics[(i + 3) % 10]} and ${skills[(i + 5) % 8]}. Thanks for reviewing item ${i}, and no worries if you are busy. `.repeat(3),
      };
    });
    earlier[637] = { contactName: 'Priya Raman', text: TO_PRIYA };
    const found = dupKinds(TO_PRIYA.replace('Priya', 'Marcus'), 'Marcus', earlier);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Priya Raman');
    expect(dupKinds(GOOD_OTHER, 'Marcus', earlier)).toEqual([]);
  });
});

const GOOD_OTHER =
  "Hi Marcus, it was a joy building the pricing dashboard with you last spring. I'm gathering a few LinkedIn recommendations; maybe a line about how I ran the user interviews? Thank you!";

describe('likeness', () => {
  it.each([
    ['identical', 'we built the search index together and it was fast', 'we built the search index together and it was fast', true],
    ['one word changed', 'we built the search index together and it was really fast', 'we built the search index together and it was very fast', true],
    ['unrelated', 'we built the search index together and it was fast', 'thank you for the kind words about the garden party', false],
  ])('%s', (_name, a, b, dup) => {
    const sa = shingle(a, new Set());
    const sb = shingle(b, new Set());
    expect(isNearDuplicate(likeness(sa, sb), Math.min(sa.hashes.length, sb.hashes.length))).toBe(dup);
  });

  it('ignores the names of both people', () => {
    const a = shingle('Hi Priya, Priya would you', nameParts('Priya Raman'));
    const b = shingle('Hi Marcus, Marcus would you', nameParts('Marcus'));
    expect(likeness(a, b).jaccard).toBe(1);
  });
});
