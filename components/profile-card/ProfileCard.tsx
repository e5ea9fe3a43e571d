import type { Call } from '@/components/shared/client';
import { ConnectionCard } from './ConnectionCard';
import { OwnProfileSummary } from './OwnProfileSummary';
import type { ProfileReading } from './types';

export interface ProfileCardProps {
  profile: ProfileReading;
  viewer: { id: string; name: string } | null;
  call: Call;
  /** Fixed in tests; the clock otherwise. */
  now?: Date;
  /** The user's global reminder delay from settings; a contact's own delay wins, 14 days otherwise. */
  reminderAfterDays?: number;
}

/** Vouch's card on a profile: the user's standing with this person, or on their own profile, the whole ledger. */
export function ProfileCard(props: ProfileCardProps) {
  return props.profile.isOwnProfile ? <OwnProfileSummary {...props} /> : <ConnectionCard {...props} />;
}
