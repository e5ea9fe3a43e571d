import type { FindingKind, PartName } from './analyze';

/**
 * What the coach asks for each part and suggests for each finding. Recommending a manager or
 * someone senior (upward mode) asks different questions: what they enabled, how they led, what
 * they taught.
 */
export const PART_LABELS: Record<PartName, string> = {
  context: 'Context',
  skills: 'Skills',
  impact: 'Impact',
  closing: 'Closing',
};

const PROMPTS: Record<PartName, string> = {
  context: 'How do you know them: your role and theirs, where, and for how long?',
  skills: 'What are they good at? Show it with one moment you saw yourself.',
  impact: 'What changed because of them? A number or a before-and-after helps.',
  closing: 'Who should hire or work with them, and would you again?',
};

const UPWARD_PROMPTS: Record<PartName, string> = {
  context: 'How did they lead you: their role, your role, where, and for how long?',
  skills: 'How did they lead? How did they support you and the team when it mattered?',
  impact: 'What did they make possible for you or the team? What did they teach you that you still use?',
  closing: 'Who would be lucky to work for them?',
};

export function partPrompt(part: PartName, upward: boolean): string {
  return (upward ? UPWARD_PROMPTS : PROMPTS)[part];
}

const ADVICE: Record<FindingKind, string> = {
  vague: 'Replace the adjective with something they did: a project, a decision, a moment.',
  cliche: 'Show it instead: one moment, task or result that proves it says more than the phrase.',
  'no-specifics': 'Name one concrete thing: a project, a tool, a problem they solved.',
  'no-impact': 'Add what happened next: time saved, a number that moved, a launch that shipped.',
  unprofessional: 'Keep it to their work, in words you would say to their next employer.',
  jargon: 'Say it plainly, the way you would tell a friend what they did.',
  'too-long': 'Keep the best example and the result; cut the rest.',
  'too-short': 'Add how you know them, one example and what changed.',
};

const UPWARD_ADVICE: Partial<Record<FindingKind, string>> = {
  vague: 'Show one moment of their leadership: a call they made, how they backed you, what they taught.',
  'no-specifics': 'Name one time they cleared the way for you or the team.',
  'no-impact': 'Say what they made possible: what you or the team could do because of them.',
};

export function findingAdvice(kind: FindingKind, upward: boolean): string {
  return (upward && UPWARD_ADVICE[kind]) || ADVICE[kind];
}
