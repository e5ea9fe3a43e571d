import { VouchError, type Call } from '@/components/shared/client';
import type { Viewer } from '@/components/shared/panel-api';
import type { ProfileReading } from '@/components/profile-card/types';
import { recordProfile } from '@/components/profile-card/sync';

/** The standings in which the next move is the user's: they recommended you, or asked you to. */
const OWED = new Set(['you-owe', 'they-asked']);

/**
 * Records what a profile shows (panel open or not: Vouch learns what the user sees), then says
 * whether the user owes this person a recommendation, for the toolbar badge. A failure of the
 * storage at that moment is thrown, so that the tab sends its report again; a refusal is not (the
 * same report would be refused again): the page is still shown, only without a badge.
 */
export async function owesAfterRecording(call: Call, profile: ProfileReading, viewer: Viewer | null, reminderAfterDays?: number): Promise<boolean> {
  try {
    await recordProfile(call, profile, viewer?.id ?? null, new Date());
    if (profile.isOwnProfile) return false;
    const summary = await call('contact.summary', { contactId: profile.contact.id, ...(reminderAfterDays ? { reminderAfterDays } : {}) });
    return OWED.has(summary.status.status);
  } catch (e) {
    if (e instanceof VouchError && !e.retry) return false;
    throw e;
  }
}
