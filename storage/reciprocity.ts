import type { EventType, Relationship, VouchEvent } from './types';
import type { Said } from './said';

/**
 * Where the user and one contact stand, from that contact's history alone. Pure: the card, the
 * dashboard and the follow-up list all ask this one function, so they never disagree.
 *
 * Precedence, first match wins (deleted events are ignored throughout):
 *
 * | status     | when                                                                  | days since        |
 * |------------|-----------------------------------------------------------------------|-------------------|
 * | mutual     | a `received` and a `given` exist                                      | latest of the two |
 * | you-owe    | a `received`, no `given` (whatever was asked before)                  | latest received   |
 * | they-asked | a `request-received` later than any `given`                           | latest such ask   |
 * | declined   | a `declined` with no ask and no `agreed` after it                     | latest declined   |
 * | agreed     | an `agreed` later than any `declined`                                 | latest agreed     |
 * | waiting    | an ask (request, heads-up) later than any `declined`                  | latest ask        |
 * | they-owe   | a `given`, and nothing above applies                                  | latest given      |
 * | none       | none of the above (notes and thanks alone are not an exchange)        | —                 |
 *
 * Why this order: a recommendation that arrived outweighs any request around it; the user's own
 * debts (you-owe, they-asked) come before what they are owed, because those are theirs to act on;
 * an answer (declined, agreed) outweighs the ask it answers; and they-owe is only a gentle fact,
 * shown when nothing is in flight.
 *
 * Follow-ups (waiting and agreed), following the etiquette in ../shared/seeds: before
 * `reminderAfterDays` give them time; after it, one gentle reminder to a peer, junior, report,
 * mentee or classmate; never to a manager, senior, mentor or client (let it go); never a second
 * reminder; never when the user marked the contact do-not-nudge. An unknown relationship asks the
 * user to say how they know the person rather than guessing.
 */

export const STATUSES = ['mutual', 'you-owe', 'they-asked', 'declined', 'agreed', 'waiting', 'they-owe', 'none'] as const;
export type ReciprocityStatus = (typeof STATUSES)[number];

export const NEXT_STEP_KINDS = [
  'thank-and-write',
  'write-back',
  'write',
  'wait',
  'remind',
  'let-go',
  'set-relationship',
  'offer',
  'give-first',
  'post',
] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

export interface NextStep {
  kind: NextStepKind;
  /** The step in English, for exports and logs. */
  label: string;
  /** The same step as a message, for the panels to say in the user's language. */
  said: Said;
}

const step = (kind: NextStepKind, key: Said['key'], label: string, count?: number): NextStep => ({
  kind,
  label,
  said: count === undefined ? { key } : { key, count },
});

export interface Reciprocity {
  status: ReciprocityStatus;
  days?: number;
  nextStep: NextStep | null;
}

export interface ReciprocityOptions {
  relationship?: Relationship | null;
  reminderAfterDays?: number;
  doNotNudge?: boolean;
}

/** The part of an event the rules read. */
export type HistoryEvent = Pick<VouchEvent, 'seq' | 'type' | 'at'> & { deletedAt?: Date | null };

export const DEFAULT_REMINDER_AFTER_DAYS = 14;

/** People with whom one gentle reminder is ordinary. */
export const REMINDER_WELCOME: ReadonlySet<Relationship> = new Set(['peer', 'junior', 'report', 'mentee', 'classmate']);
/** Higher-ups and clients: a reminder reads as pressure, so the advice is to let it go. */
export const LET_GO_RELATIONSHIPS: ReadonlySet<Relationship> = new Set(['manager', 'senior', 'mentor', 'client']);

/**
 * What the user does to ask for a recommendation. A green light is not one: it asks the person to
 * approve a recommendation the user wrote for them (the writing coach records it before posting).
 */
export const ASK_TYPES: readonly EventType[] = ['request-sent', 'heads-up-sent'];
/** Events that can leave a follow-up pending: the follow-up query starts from these. */
export const PENDING_TYPES: readonly EventType[] = [...ASK_TYPES, 'agreed'];

const DAY_MS = 86_400_000;

export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

function latestOf(events: readonly HistoryEvent[], types: readonly EventType[]): Date | undefined {
  let best: Date | undefined;
  for (const e of events) {
    if (types.includes(e.type) && (!best || e.at.getTime() > best.getTime())) best = e.at;
  }
  return best;
}

/** True when `d` exists and is strictly later than `ref` (or there is no `ref`). */
function laterThan(d: Date | undefined, ref: Date | undefined): d is Date {
  return !!d && (!ref || d.getTime() > ref.getTime());
}

export function reciprocityOf(events: readonly HistoryEvent[], now: Date, opts: ReciprocityOptions = {}): Reciprocity {
  const live = events.filter((e) => !e.deletedAt);
  const last = (...types: EventType[]) => latestOf(live, types);
  const since = (d: Date) => wholeDaysBetween(d, now);

  const received = last('received');
  const given = last('given');
  if (received && given) {
    return { status: 'mutual', days: since(received > given ? received : given), nextStep: null };
  }
  if (received) {
    const thanks = last('thanked');
    const thanked = !!thanks && thanks.getTime() >= received.getTime();
    return {
      status: 'you-owe',
      days: since(received),
      nextStep: thanked
        ? step('write-back', 'step.writeBack', 'Write one back')
        : step('thank-and-write', 'step.thankAndWrite', 'Thank them, then write one back'),
    };
  }
  const theyAsked = last('request-received');
  if (laterThan(theyAsked, given)) {
    return {
      status: 'they-asked',
      days: since(theyAsked),
      nextStep: step('write', 'step.write', 'Write their recommendation, or reply to say when you will'),
    };
  }

  const declined = last('declined');
  const agreed = last('agreed');
  const ask = last(...ASK_TYPES);
  const remindersThisRound = live.filter((e) => e.type === 'reminder-sent' && laterThan(e.at, declined)).length;
  if (declined && !laterThan(ask, declined) && !laterThan(agreed, declined)) {
    return { status: 'declined', days: since(declined), nextStep: null };
  }
  if (laterThan(agreed, declined)) {
    const days = since(agreed);
    return { status: 'agreed', days, nextStep: followUp(days, remindersThisRound, opts) };
  }
  if (laterThan(ask, declined)) {
    const days = since(ask);
    return { status: 'waiting', days, nextStep: followUp(days, remindersThisRound, opts) };
  }
  const greenLight = last('green-light-asked');
  if (laterThan(greenLight, given)) {
    // A draft written for them awaits their approval: the step is the user's, whatever else stands.
    return {
      status: given ? 'they-owe' : 'none',
      ...(given ? { days: since(given) } : {}),
      nextStep: step('post', 'step.post', 'Post your recommendation once they say the draft fits'),
    };
  }
  if (given) {
    return {
      status: 'they-owe',
      days: since(given),
      nextStep: opts.doNotNudge
        ? null
        : step('offer', 'step.offer', 'If you would welcome one back, you could ask, with no pressure'),
    };
  }
  return {
    status: 'none',
    nextStep: step('give-first', 'step.giveFirst', 'Write them one first: the simplest way to start an exchange'),
  };
}

/** The etiquette of following up on something pending (an unanswered ask, or a yes with nothing delivered). */
export function followUp(days: number, remindersSent: number, opts: ReciprocityOptions): NextStep {
  const after = opts.reminderAfterDays ?? DEFAULT_REMINDER_AFTER_DAYS;
  const rel = opts.relationship ?? undefined;
  const mayRemind = !opts.doNotNudge && remindersSent === 0 && !!rel && REMINDER_WELCOME.has(rel);
  if (days < after) {
    const left = after - days;
    return mayRemind
      ? step('wait', 'step.waitRemind', `Give them time: if nothing comes, one gentle reminder fits in ${left} day${left === 1 ? '' : 's'}`, left)
      : step('wait', 'step.wait', 'Give them time');
  }
  if (remindersSent > 0) return step('let-go', 'step.remindedOnce', 'You have reminded them once already: let it go');
  if (opts.doNotNudge) return step('let-go', 'step.noNudge', 'You chose not to nudge them: let it go');
  if (!rel) {
    return step('set-relationship', 'step.sayHow', 'Say how you know them: a gentle reminder suits peers and friends, not higher-ups');
  }
  if (LET_GO_RELATIONSHIPS.has(rel)) return step('let-go', 'step.letGo', 'Let it go: a reminder to a higher-up or a client can feel like pressure');
  return step('remind', 'step.remind', 'Send one gentle reminder');
}
