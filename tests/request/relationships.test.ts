import { describe, expect, it } from 'vitest';
import {
  GROUP_ON_REQUEST_FORM,
  LINKEDIN_RELATIONSHIPS,
  REQUEST_GROUPS,
  groupForContact,
  groupForRelationship,
} from '@/storage/relationships';

describe('groupForRelationship on a request form (they recommend, you are recommended)', () => {
  it.each([
    ['RECOMMENDER_MANAGED_RECOMMENDEE', 'manager'],
    ['RECOMMENDER_REPORTED_TO_RECOMMENDEE', 'report'],
    ['RECOMMENDER_SENIOR_THAN_RECOMMENDEE', 'senior'],
    ['RECOMMENDEE_SENIOR_THAN_RECOMMENDER', 'report'],
    ['WORKED_IN_SAME_GROUP', 'peer'],
    ['WORKED_IN_DIFFERENT_GROUPS', 'peer'],
    ['WORKED_IN_DIFFERENT_COMPANIES', 'peer'],
    ['RECOMMENDEE_CLIENT_OF_RECOMMENDER', 'client'],
    ['RECOMMENDER_CLIENT_OF_RECOMMENDEE', 'client'],
    ['RECOMMENDER_TAUGHT_RECOMMENDEE', 'classmate'],
    ['RECOMMENDER_ADVISED_RECOMMENDEE', 'mentor'],
    ['STUDIED_TOGETHER', 'classmate'],
    ['worked-in-same-group', 'peer'],
    [' recommender_managed_recommendee ', 'manager'],
  ])('%s → %s', (value, group) => {
    expect(groupForRelationship(value)).toBe(group);
  });

  it.each([[null], [undefined], [''], ['MANAGER'], ['SOMETHING_NEW'], ['__proto__'], ['constructor']])('%s → null', (value) => {
    expect(groupForRelationship(value)).toBeNull();
  });

  it('maps every LinkedIn kind to a known group', () => {
    for (const r of LINKEDIN_RELATIONSHIPS) expect(REQUEST_GROUPS).toContain(GROUP_ON_REQUEST_FORM[r]);
  });
});

describe('groupForRelationship on a write form (you recommend them)', () => {
  it.each([
    ['RECOMMENDER_MANAGED_RECOMMENDEE', 'report'],
    ['RECOMMENDER_REPORTED_TO_RECOMMENDEE', 'manager'],
    ['RECOMMENDER_SENIOR_THAN_RECOMMENDEE', 'report'],
    ['RECOMMENDEE_SENIOR_THAN_RECOMMENDER', 'senior'],
    ['WORKED_IN_SAME_GROUP', 'peer'],
  ])('%s → %s', (value, group) => {
    expect(groupForRelationship(value, 'write')).toBe(group);
  });
});

describe('groupForContact', () => {
  it.each([
    ['manager', 'manager'],
    ['junior', 'report'],
    ['mentee', 'report'],
    ['classmate', 'classmate'],
    [undefined, null],
    [null, null],
  ] as const)('%s → %s', (value, group) => {
    expect(groupForContact(value)).toBe(group);
  });
});
