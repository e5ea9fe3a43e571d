import { groupForContact, type RequestGroup } from '@/storage/relationships';
import type { Relationship, VouchEvent } from '@/storage/types';
import { labels } from '@/components/i18n/labels';

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

/** Each source's name, for the chart's rows. */
export const SOURCE_LABELS = labels<Source>({
  manager: 'balance.sources.manager',
  senior: 'balance.sources.senior',
  peer: 'balance.sources.peer',
  report: 'balance.sources.report',
  client: 'balance.sources.client',
  mentor: 'balance.sources.mentor',
  classmate: 'balance.sources.classmate',
});

/** The same, inside a sentence's list. */
export const SOURCE_LIST_LABELS = labels<Source>({
  manager: 'balance.sourcesLower.manager',
  senior: 'balance.sourcesLower.senior',
  peer: 'balance.sourcesLower.peer',
  report: 'balance.sourcesLower.report',
  client: 'balance.sourcesLower.client',
  mentor: 'balance.sourcesLower.mentor',
  classmate: 'balance.sourcesLower.classmate',
});

/** One person of that source, for sentences. */
export const SOURCE_ONE = labels<Source>({
  manager: 'balance.sourceOne.manager',
  senior: 'balance.sourceOne.senior',
  peer: 'balance.sourceOne.peer',
  report: 'balance.sourceOne.report',
  client: 'balance.sourceOne.client',
  mentor: 'balance.sourceOne.mentor',
  classmate: 'balance.sourceOne.classmate',
});

export const LEVEL_LABELS = labels<Level>({
  above: 'balance.levels.above',
  beside: 'balance.levels.beside',
  below: 'balance.levels.below',
});

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
