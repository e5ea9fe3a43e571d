import { describe, expect, it } from 'vitest';
import {
  kindOfSentence,
  parseRelationshipLine,
  RELATIONSHIP_KINDS,
  relationshipFromFormOption,
  splitDate,
  type RelationshipKind,
} from '@/components/linkedin/relationship';

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** Lines as a profile prints them under a recommendation Sam (recommender) wrote for Alex. */
const SAM_FOR_ALEX = { recommenderFirstName: 'Sam', recommendeeFirstName: 'Alex' };
const PER_KIND: [RelationshipKind, string[]][] = [
  ['RECOMMENDER_MANAGED_RECOMMENDEE', ['May 1, 2020, Sam managed Alex directly', 'May 1, 2020, Alex reported directly to Sam']],
  ['RECOMMENDER_REPORTED_TO_RECOMMENDEE', ['May 1, 2020, Sam reported directly to Alex', 'May 1, 2020, Alex managed Sam directly']],
  ['RECOMMENDER_SENIOR_THAN_RECOMMENDEE', ['May 1, 2020, Sam was senior to Alex but didn’t manage directly', "May 1, 2020, Sam was senior to Alex but didn't manage Alex directly"]],
  ['RECOMMENDEE_SENIOR_THAN_RECOMMENDER', ['May 1, 2020, Alex was senior to Sam but didn’t manage directly', "May 1, 2020, Alex was senior to Sam but didn't manage directly"]],
  ['WORKED_IN_SAME_GROUP', ['May 1, 2020, Sam worked with Alex on the same team', 'May 1, 2020, Sam worked with Alex in the same group']],
  ['WORKED_IN_DIFFERENT_GROUPS', ['May 1, 2020, Sam worked with Alex but on different teams', 'May 1, 2020, Sam worked with Alex, but on different teams']],
  ['WORKED_IN_DIFFERENT_COMPANIES', ['May 1, 2020, Sam worked with Alex but they were at different companies', 'May 1, 2020, Sam worked with Alex, but at different companies']],
  ['RECOMMENDEE_CLIENT_OF_RECOMMENDER', ['May 1, 2020, Alex was Sam’s client', "May 1, 2020, Alex was Sam's client"]],
  ['RECOMMENDER_CLIENT_OF_RECOMMENDEE', ['May 1, 2020, Sam was Alex’s client', "May 1, 2020, Sam was Alex's client"]],
  ['RECOMMENDER_TAUGHT_RECOMMENDEE', ['May 1, 2020, Sam was Alex’s teacher', "May 1, 2020, Alex was Sam's student"]],
  ['RECOMMENDER_ADVISED_RECOMMENDEE', ['May 1, 2020, Sam was Alex’s mentor', "May 1, 2020, Sam was Alex's mentor"]],
  ['STUDIED_TOGETHER', ['May 1, 2020, Sam and Alex studied together', 'May 1, 2020, Alex studied with Sam']],
];

describe('parseRelationshipLine: one test per kind', () => {
  it('covers all 12 kinds', () => {
    expect(RELATIONSHIP_KINDS).toHaveLength(12);
    expect(PER_KIND.map(([k]) => k).sort()).toEqual([...RELATIONSHIP_KINDS].sort());
  });
  for (const [kind, lines] of PER_KIND) {
    it.each(lines)(`${kind}: %s`, (line) => {
      expect(parseRelationshipLine(line, SAM_FOR_ALEX)).toEqual({ date: new Date(Date.UTC(2020, 4, 1)), kind });
    });
  }
});

describe('parseRelationshipLine: names and direction', () => {
  it.each([
    // first names with spaces and accents, in either direction
    ['March 3, 2019, Mary Ann managed José directly', { recommenderFirstName: 'Mary Ann', recommendeeFirstName: 'José' }, 'RECOMMENDER_MANAGED_RECOMMENDEE'],
    ['March 3, 2019, José managed Mary Ann directly', { recommenderFirstName: 'Mary', recommendeeFirstName: 'José' }, 'RECOMMENDER_REPORTED_TO_RECOMMENDEE'],
    ['March 3, 2019, Jose\u0301 was senior to Zoë but didn’t manage directly', { recommenderFirstName: 'Zoë', recommendeeFirstName: 'José' }, 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER'],
    ['March 3, 2019, Jose was senior to Zoe but didn’t manage directly', { recommenderFirstName: 'Zoë', recommendeeFirstName: 'José' }, 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER'],
    ['March 3, 2019, Anne-Marie was Zoë’s client', { recommenderFirstName: 'Zoë', recommendeeFirstName: 'Anne-Marie' }, 'RECOMMENDEE_CLIENT_OF_RECOMMENDER'],
    // no names given: the subject is taken as the recommender, as LinkedIn writes it
    ['March 3, 2019, Sam was senior to Alex but didn’t manage directly', {}, 'RECOMMENDER_SENIOR_THAN_RECOMMENDEE'],
    // both share a first name: the default rule decides
    ['March 3, 2019, Sam managed Sam directly', { recommenderFirstName: 'Sam', recommendeeFirstName: 'Sam' }, 'RECOMMENDER_MANAGED_RECOMMENDEE'],
    // a recommendee who taught or mentored the recommender has no kind in LinkedIn's list
    ['March 3, 2019, Alex was Sam’s mentor', SAM_FOR_ALEX, null],
    ['March 3, 2019, Alex was Sam’s teacher', SAM_FOR_ALEX, null],
  ] as const)('%s', (line, opts, kind) => {
    expect(parseRelationshipLine(line, opts).kind).toBe(kind);
  });

  it('lets the caller decide the subject outright', () => {
    expect(parseRelationshipLine('Sam managed Alex directly', { ...SAM_FOR_ALEX, subjectIsRecommender: false }).kind).toBe(
      'RECOMMENDER_REPORTED_TO_RECOMMENDEE',
    );
  });
});

describe('parseRelationshipLine: what must not match', () => {
  it.each([
    ['', { date: null, kind: null }],
    ['Requested · 2 days ago', { date: null, kind: null }],
    ['Engineering lead at Acme', { date: null, kind: null }],
    ['May 1, 2020', { date: '2020-05-01', kind: null }],
    ['Sam managed Alex directly', { date: null, kind: 'RECOMMENDER_MANAGED_RECOMMENDEE' }],
    ['February 30, 2020, Sam managed Alex directly', { date: null, kind: 'RECOMMENDER_MANAGED_RECOMMENDEE' }],
    ['Smarch 1, 2020, Sam and Alex studied together', { date: null, kind: 'STUDIED_TOGETHER' }],
  ] as const)('%j', (line, want) => {
    const got = parseRelationshipLine(line);
    expect({ date: iso(got.date), kind: got.kind }).toEqual(want);
  });
});

describe('splitDate', () => {
  it.each([
    ['May 1, 2020, Sam managed Alex directly', '2020-05-01', 'Sam managed Alex directly'],
    ['Sept 9, 2021, x', '2021-09-09', 'x'],
    ['Dec. 31, 1999, x', '1999-12-31', 'x'],
    ['1 May 2020, x', '2020-05-01', 'x'],
    ['Sam, May 1, 2020', null, 'Sam, May 1, 2020'],
    ['2020-05-01, x', null, '2020-05-01, x'],
  ])('%s', (line, date, rest) => {
    const got = splitDate(line);
    expect([iso(got.date), got.rest]).toEqual([date, rest]);
  });
});

describe('kindOfSentence', () => {
  it.each([
    ['worked directly with Alex', 'WORKED_IN_SAME_GROUP'],
    ['were classmates', 'STUDIED_TOGETHER'],
    ['worked with Alex', null],
    ['said hello', null],
  ])('%s', (s, kind) => expect(kindOfSentence(s)).toBe(kind));
});

describe('relationshipFromFormOption', () => {
  // "You" is the viewer: the recommender on a write form, the recommendee on a request form.
  it.each([
    ['write', 'You managed Priya directly', 'RECOMMENDER_MANAGED_RECOMMENDEE'],
    ['write', 'You reported directly to Priya', 'RECOMMENDER_REPORTED_TO_RECOMMENDEE'],
    ['write', 'You were senior to Priya but didn’t manage directly', 'RECOMMENDER_SENIOR_THAN_RECOMMENDEE'],
    ['write', 'Priya was senior to you but didn’t manage directly', 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER'],
    ['write', 'You worked with Priya on the same team', 'WORKED_IN_SAME_GROUP'],
    ['write', 'Priya and you worked on different teams', 'WORKED_IN_DIFFERENT_GROUPS'],
    ['write', 'You worked with Priya but at different companies', 'WORKED_IN_DIFFERENT_COMPANIES'],
    ['write', 'Priya was a client of yours', 'RECOMMENDEE_CLIENT_OF_RECOMMENDER'],
    ['write', 'You were a client of Priya', 'RECOMMENDER_CLIENT_OF_RECOMMENDEE'],
    ['write', 'You taught Priya', 'RECOMMENDER_TAUGHT_RECOMMENDEE'],
    ['write', 'You mentored Priya', 'RECOMMENDER_ADVISED_RECOMMENDEE'],
    ['write', 'You studied together', 'STUDIED_TOGETHER'],
    ['request', 'Alex managed you directly', 'RECOMMENDER_MANAGED_RECOMMENDEE'],
    ['request', 'You reported directly to Alex', 'RECOMMENDER_MANAGED_RECOMMENDEE'],
    ['request', 'You managed Alex directly', 'RECOMMENDER_REPORTED_TO_RECOMMENDEE'],
    ['request', 'Mary Ann was senior to you but didn’t manage you directly', 'RECOMMENDER_SENIOR_THAN_RECOMMENDEE'],
    ['request', "You were senior to Alex but didn't manage Alex directly", 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER'],
    ['request', 'You were Alex’s client', 'RECOMMENDEE_CLIENT_OF_RECOMMENDER'],
    ['request', 'Alex was your client', 'RECOMMENDER_CLIENT_OF_RECOMMENDEE'],
    ['request', 'Alex taught you', 'RECOMMENDER_TAUGHT_RECOMMENDEE'],
    ['request', 'Alex mentored you', 'RECOMMENDER_ADVISED_RECOMMENDEE'],
    ['request', 'Select an option', null],
    ['request', '', null],
    ['write', 'Choose…', null],
    ['write', 'Other', null],
  ] as const)('%s form: %s', (form, text, kind) => {
    expect(relationshipFromFormOption(text, form)).toBe(kind);
  });
});
