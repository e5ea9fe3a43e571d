import type { ContactStanding } from '@/storage/repositories/status';
import { SOURCE_ONE, type Source } from './balance';
import { followUpGroup } from './follow-up-plan';
import { daysAgo } from './words';
import { formatDate } from '@/components/i18n/t';

/**
 * "Who to ask next": one person at a time, each with the reason they came up. Never a list to
 * send to in bulk; the user reads the reason, decides, and asks in their own words.
 */
export type SuggestionKind = 'missing-source' | 'return' | 'recent';

export interface Suggestion {
  contactId: string;
  name: string;
  kind: SuggestionKind;
  reason: string;
}

export interface PlannerInput {
  rows: readonly ContactStanding[];
  /** Sources with no recommendation yet (from the balance). */
  missingSources: readonly Source[];
  /** When the user last wrote a note about each contact: a sign of recent work together (as is a recent `connectedAt`). */
  notedAt: ReadonlyMap<string, Date>;
  now: Date;
  /** How far back a note counts as recent. */
  recentDays?: number;
}

const DAY_MS = 86_400_000;
const KIND_ORDER: Record<SuggestionKind, number> = { 'missing-source': 0, return: 1, recent: 2 };

export function suggestAsks(input: PlannerInput): Suggestion[] {
  const recentMs = (input.recentDays ?? 120) * DAY_MS;
  const missing = new Set(input.missingSources);
  const out: (Suggestion & { rank: number })[] = [];
  for (const row of input.rows) {
    if (row.contact?.doNotNudge) continue;
    if (row.contact?.snoozedUntil && row.contact.snoozedUntil > input.now) continue;
    const name = row.contact?.name ?? row.contactId;
    const first = row.contact?.firstName?.trim() || firstNameOf(name);
    const noted = input.notedAt.get(row.contactId);
    const connected = row.contact?.connectedAt;
    const age = (d: Date | undefined) => (d ? input.now.getTime() - d.getTime() : Number.MAX_SAFE_INTEGER);
    const notedRecently = age(noted) <= recentMs;
    // A new connection is often someone the user has just worked with.
    const connectedRecently = age(connected) <= recentMs;
    const recent = notedRecently || connectedRecently;
    // Fresh collaborators first within each kind: the work is still vivid for both of you.
    const freshness = Math.min(age(noted), age(connected));

    if (row.status === 'none' && row.relationship) {
      const source = followUpGroup(row.contact) as Source;
      if (missing.has(source)) {
        out.push({
          contactId: row.contactId,
          name,
          kind: 'missing-source',
          reason: `Your profile has no recommendation from ${SOURCE_ONE[source]} yet, and ${first} was one.${recent ? ' You worked together recently, too.' : ''}`,
          rank: freshness,
        });
        continue;
      }
    }
    if (row.status === 'they-owe' && row.nextStep?.kind === 'offer') {
      out.push({
        contactId: row.contactId,
        name,
        kind: 'return',
        reason: `You recommended ${first}${row.days !== undefined ? ` ${daysAgo(row.days)}` : ''} and nothing has come back. If you would welcome one in return, a light ask is fine.`,
        rank: row.days ?? 0,
      });
      continue;
    }
    if (row.status === 'none' && recent) {
      out.push({
        contactId: row.contactId,
        name,
        kind: 'recent',
        reason: notedRecently
          ? `You noted your work with ${first} on ${formatDate(noted!)}: a good time to ask, while it is fresh.`
          : `You connected with ${first} on ${formatDate(connected!)}: if you worked together, ask while it is fresh.`,
        rank: freshness,
      });
    }
  }
  return out
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.rank - b.rank || a.name.localeCompare(b.name))
    .map(({ rank: _rank, ...s }) => s);
}

function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
