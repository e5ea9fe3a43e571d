import { describe, expect, it } from 'vitest';
import { VouchError, type Call } from '@/components/shared/client';
import { owesAfterRecording } from '@/components/side-panel/owes';
import type { ProfileReading } from '@/components/profile-card/types';

const profile: ProfileReading = {
  contact: { id: 'sam-rivera', name: 'Sam Rivera', firstName: 'Sam' },
  viewer: null,
  isOwnProfile: false,
  recommendations: null,
  missing: [],
};

const calling = (fail: (type: string) => Error | null, status = 'you-owe'): Call =>
  (async (type: string) => {
    const error = fail(type);
    if (error) throw error;
    return type === 'contact.summary' ? { status: { status } } : null;
  }) as never;

describe('recording a profile for the badge', () => {
  it('says the user owes a person who recommended them', async () => {
    expect(await owesAfterRecording(calling(() => null), profile, null)).toBe(true);
    expect(await owesAfterRecording(calling(() => null, 'none'), profile, null)).toBe(false);
  });

  it('throws a failure of the storage at that moment, so that the report is sent again', async () => {
    await expect(owesAfterRecording(calling(() => new VouchError('database closed', true)), profile, null)).rejects.toThrow('database closed');
  });

  it('keeps the page on a refusal, without a badge, rather than asking for the same report again', async () => {
    expect(await owesAfterRecording(calling((t) => (t === 'contact.upsert' ? new VouchError('Invalid message', false) : null)), profile, null)).toBe(false);
  });
});
