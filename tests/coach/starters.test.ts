import { LINKEDIN_RELATIONSHIPS } from '@/storage/relationships';
import { roleFromHeadline, startersFor } from '@/components/coach/starters';
import { isUpward, relationshipKind } from '@/components/coach/relationship';

describe('roleFromHeadline', () => {
  it.each([
    ['Senior Engineer at Northwind | Payments', { role: 'Senior Engineer', company: 'Northwind' }],
    ['Product Designer @ Contoso', { role: 'Product Designer', company: 'Contoso' }],
    ['Head of Sales · Fabrikam', { role: 'Head of Sales', company: undefined }],
    ['', {}],
    [undefined, {}],
  ])('%j', (headline, expected) => expect(roleFromHeadline(headline)).toEqual(expected));
});

describe('relationshipKind and upward mode', () => {
  it.each([
    ['RECOMMENDER_REPORTED_TO_RECOMMENDEE', true],
    ['RECOMMENDEE_SENIOR_THAN_RECOMMENDER', true],
    ['Alex managed you directly', true],
    ['You reported directly to Alex', true],
    ['Alex taught you', true],
  ])('%j is upward', (raw, upward) => expect(relationshipKind(raw)?.upward).toBe(upward));

  it.each([
    'RECOMMENDER_MANAGED_RECOMMENDEE',
    'RECOMMENDER_SENIOR_THAN_RECOMMENDEE',
    'WORKED_IN_SAME_GROUP',
    'RECOMMENDER_TAUGHT_RECOMMENDEE',
    'RECOMMENDEE_CLIENT_OF_RECOMMENDER',
    'You managed Alex directly',
    'You worked with Alex on the same team',
  ])('%j is not upward', (raw) => expect(relationshipKind(raw)?.upward).toBe(false));

  it('has words for every relationship value the page readers give', () => {
    for (const kind of LINKEDIN_RELATIONSHIPS) expect(relationshipKind(kind), kind).not.toBeNull();
    expect(startersFor(['context'], { firstName: 'Priya', relationship: 'RECOMMENDEE_CLIENT_OF_RECOMMENDER' })[0]!.text).toBe('Priya was my client, ');
    expect(startersFor(['context'], { firstName: 'Priya', relationship: 'STUDIED_TOGETHER' })[0]!.text).toBe('Priya and I studied together, ');
  });

  it('knows nothing of unknown or missing values', () => {
    expect(relationshipKind('SOMETHING_NEW')).toBeNull();
    expect(relationshipKind(null)).toBeNull();
  });

  it('also turns on from the contact relationship the user set', () => {
    expect(isUpward(null, 'manager')).toBe(true);
    expect(isUpward(null, 'senior')).toBe(true);
    expect(isUpward(null, 'mentor')).toBe(true);
    expect(isUpward(null, 'peer')).toBe(false);
    expect(isUpward('RECOMMENDER_MANAGED_RECOMMENDEE', 'report')).toBe(false);
    expect(isUpward(undefined, undefined)).toBe(false);
  });
});

describe('startersFor', () => {
  const base = { name: 'Priya Shah', headline: 'Senior Engineer at Northwind | Payments' };

  it('offers two or three openers for each missing part, and none for the others', () => {
    const s = startersFor(['context', 'impact'], base);
    const per = (p: string) => s.filter((x) => x.part === p).length;
    expect(per('context')).toBeGreaterThanOrEqual(2);
    expect(per('context')).toBeLessThanOrEqual(3);
    expect(per('impact')).toBeGreaterThanOrEqual(2);
    expect(per('skills') + per('closing')).toBe(0);
    expect(startersFor([], base)).toEqual([]);
  });

  it('builds context from the first name, the company, the relationship and the period in the notes', () => {
    const s = startersFor(['context'], { ...base, relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE', notes: ['We worked together 2019-2022'] });
    expect(s[0]!.text).toBe('I managed Priya at Northwind 2019-2022, ');
    expect(s.map((x) => x.text).join(' ')).toMatch(/Senior Engineer/);
  });

  it('offers a result from the notes as an impact opener', () => {
    const s = startersFor(['impact'], { ...base, notes: ['Cut failed payouts by 40% in Q2'] });
    expect(s[0]!.text).toBe('The result: cut failed payouts by 40% in Q2, ');
  });

  it('offers a moment from the notes as a skills opener', () => {
    const s = startersFor(['skills'], { ...base, notes: ['Rebuilt the ledger service over a weekend'] });
    expect(s[0]!.text).toBe('I remember when Priya rebuilt the ledger service over a weekend: ');
  });

  it('changes the prompts in upward mode: leadership, what they enabled, what they taught', () => {
    const up = startersFor(['skills', 'impact', 'closing'], { ...base, relationship: 'RECOMMENDER_REPORTED_TO_RECOMMENDEE' });
    const all = up.map((x) => x.text).join(' | ');
    expect(all).toMatch(/leadership/);
    expect(all).toMatch(/taught me/);
    expect(all).toMatch(/work for Priya/);
    const down = startersFor(['skills', 'impact', 'closing'], { ...base, relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE' });
    expect(down.map((x) => x.text).join(' | ')).not.toMatch(/leadership|taught me|work for/);
  });

  it('never writes more than an opener', () => {
    const s = startersFor(['context', 'skills', 'impact', 'closing'], { ...base, notes: ['Shipped the app; revenue up 20%'] });
    for (const x of s) {
      expect(x.text.length).toBeLessThan(140);
      expect(x.text).not.toMatch(/[.!?]\s*$/);
    }
  });

  it('works with nothing known about the person', () => {
    const s = startersFor(['context', 'closing'], {});
    expect(s.length).toBeGreaterThan(0);
    expect(s[0]!.text).toMatch(/^I worked with They|^I worked with/);
  });
});
