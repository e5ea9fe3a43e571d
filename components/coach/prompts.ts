import type { FindingKind, PartName } from './analyze';
import { ENGLISH, type Speaker } from '@/components/i18n/said';
import type { MessageKey } from '@/components/i18n/t';

/**
 * What the coach asks for each part and suggests for each finding, as message names (English by
 * default, the panels pass the language Vouch speaks). Recommending a manager or someone senior
 * (upward mode) asks different questions: what they enabled, how they led, what they taught.
 */
const LABELS: Record<PartName, MessageKey> = {
  context: 'parts.context',
  skills: 'parts.skills',
  impact: 'parts.impact',
  closing: 'parts.closing',
};

const PROMPTS: Record<PartName, MessageKey> = {
  context: 'parts.askContext',
  skills: 'parts.askSkills',
  impact: 'parts.askImpact',
  closing: 'parts.askClosing',
};

const UPWARD_PROMPTS: Record<PartName, MessageKey> = {
  context: 'parts.upContext',
  skills: 'parts.upSkills',
  impact: 'parts.upImpact',
  closing: 'parts.upClosing',
};

export function partLabel(part: PartName, speaker: Speaker = ENGLISH): string {
  return speaker.t(LABELS[part]);
}

export function partPrompt(part: PartName, upward: boolean, speaker: Speaker = ENGLISH): string {
  return speaker.t((upward ? UPWARD_PROMPTS : PROMPTS)[part]);
}

const ADVICE: Record<FindingKind, MessageKey> = {
  vague: 'advice.vague',
  cliche: 'advice.cliche',
  'no-specifics': 'advice.noSpecifics',
  'no-impact': 'advice.noImpact',
  unprofessional: 'advice.unprofessional',
  jargon: 'advice.jargon',
  'too-long': 'advice.tooLong',
  'too-short': 'advice.tooShort',
};

const UPWARD_ADVICE: Partial<Record<FindingKind, MessageKey>> = {
  vague: 'advice.upVague',
  'no-specifics': 'advice.upNoSpecifics',
  'no-impact': 'advice.upNoImpact',
};

export function findingAdvice(kind: FindingKind, upward: boolean, speaker: Speaker = ENGLISH): string {
  return speaker.t((upward && UPWARD_ADVICE[kind]) || ADVICE[kind]);
}
