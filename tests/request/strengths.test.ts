import { describe, expect, it } from 'vitest';
import { REQUEST_GROUPS } from '@/storage/relationships';
import { strengthChoices, SUGGESTED_STRENGTHS } from '@/components/request/strengths';

describe('strengths to pick from', () => {
  it('offers a handful for every kind of person asked, none twice', () => {
    for (const g of REQUEST_GROUPS) {
      expect(SUGGESTED_STRENGTHS[g].length, g).toBeGreaterThanOrEqual(4);
      expect(new Set(SUGGESTED_STRENGTHS[g]).size, g).toBe(SUGGESTED_STRENGTHS[g].length);
    }
  });

  it('leaves out what is already chosen, whatever its letter case or spacing', () => {
    expect(strengthChoices('peer', [' Collaboration ', 'reliability'])).toEqual(['clear communication', 'problem solving', 'helpful code or design reviews', 'sharing knowledge']);
  });
});
