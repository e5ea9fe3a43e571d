import { describe, expectTypeOf, it } from 'vitest';
import type { ProfileReading as CardReading } from '@/components/profile-card/types';
import type { PageReading } from '@/storage/page-sync';
import type { ProfileReading as ReaderReading } from '@/components/linkedin/profile';

// The card declares the reading it consumes; `tsc` fails here the day the reader's shape drifts.
describe('the profile reading contract', () => {
  it('the reader’s output fits the card, and the card’s reading fits the page sync', () => {
    expectTypeOf<ReaderReading>().toExtend<CardReading>();
    expectTypeOf<CardReading>().toExtend<PageReading>();
  });
});
