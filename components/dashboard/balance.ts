import { groupForContact, type RequestGroup } from '@/storage/relationships';
import type { Relationship, VouchEvent } from '@/storage/types';

/**
 * Where the user's recommendations come from. A profile reads as balanced when it has voices from
 * above (people who led them), beside (people who worked with them) and below (people they led):
 * each tells a reader something the others cannot.
 */
export const SOURCES = ['manager', 'senior', 'peer', 'report', 'client', 'mentor', 'classmate'] as const satisfies readonly RequestGroup[];
export type Source = (typeof SOURCES)[number];

export const LEVELS = ['above', 'beside', 'below'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_OF: Record<Source, Level | null> = {
  manager: 'above',
  senior: 'above',
  mentor: 'above',
  peer: 'beside',
  classmate: 'beside',
  report: 'below',
  // A client is outside the hierarchy: welcome, but it fills none of the three.
  client: null,
};

export const SOURCE_LABELS: Record<Source, string> = {
  manager: 'Managers',
  senior: 'Senior colleagues',
  peer: 'Peers',
  report: 'People you led',
  client: 'Clients',
  mentor: 'Mentors',
  classmate: 'Classmates and teachers',
};

/** One person of that source, for sentences. */
export const SOURCE_ONE: Record<Source, string> = {
  manager: 'a manager',
  senior: 'a senior colleague',
  peer: 'a peer',
  report: 'someone you led',
  client: 'a client',
  mentor: 'a mentor',
  classmate: 'a classmate or teacher',
};

export const LEVEL_LABELS: Record<Level, string> = {
  above: 'from above (a manager, senior colleague or mentor)',
  beside: 'from beside you (a peer or classmate)',
  below: 'from below (someone who reported to you)',
};

export interface SourceCount {
  source: Source;
  received: number;
  given: number;
}

export interface Balance {
  bySource: SourceCount[];
  /** Recommendations from people whose relationship the user has not set. */
  unknown: { received: number; given: number };
  /** Sources with no recommendation received, in SOURCES order. */
  missingSources: Source[];
  /** Levels with no recommendation received. */
  missingLevels: Level[];
  received: number;
  given: number;
}

type CountedEvent = Pick<VouchEvent, 'contactId' | 'type'> & { deletedAt?: Date | null };

/**
 * Counts people, not events: the same recommendation can be on record twice (seen on LinkedIn and
 * imported), and a person who wrote twice is still one voice.
 */
export function balanceOf(events: readonly CountedEvent[], relationshipOf: (contactId: string) => Relationship | null | undefined): Balance {
  const people = { received: new Set<string>(), given: new Set<string>() };
  for (const e of events) {
    if (e.deletedAt || (e.type !== 'received' && e.type !== 'given')) continue;
    people[e.type].add(e.contactId);
  }
  const counts = new Map<Source, SourceCount>(SOURCES.map((s) => [s, { source: s, received: 0, given: 0 }]));
  const unknown = { received: 0, given: 0 };
  for (const direction of ['received', 'given'] as const) {
    for (const id of people[direction]) {
      const group = groupForContact(relationshipOf(id) ?? null) as Source | null;
      if (group && counts.has(group)) counts.get(group)![direction] += 1;
      else unknown[direction] += 1;
    }
  }
  const bySource = [...counts.values()];
  const missingSources = bySource.filter((c) => c.received === 0).map((c) => c.source);
  const missingLevels = LEVELS.filter((level) => !bySource.some((c) => LEVEL_OF[c.source] === level && c.received > 0));
  return { bySource, unknown, missingSources, missingLevels, received: people.received.size, given: people.given.size };
}

/** The length of a bar, as a percentage of the longest, so the chart fills its width whatever the numbers. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}
