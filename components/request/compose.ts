import type { FormInfo, Viewer } from '@/components/shared/panel-api';
import { checkRequest, type CheckContext, type CheckKind, type Finding } from './checks';
import type { TemplateKind } from '@/storage/builtin-templates';
import type { TemplateVars } from './templates';

/** What the user tells Vouch about the work, turned into sentences by the templates. */
export interface TalkingPoints {
  project: string;
  strengths: string[];
  result: string;
  period: string;
  company: string;
}

export const EMPTY_POINTS: TalkingPoints = { project: '', strengths: [], result: '', period: '', company: '' };
export const MAX_STRENGTHS = 3;

/** The first name to greet: what the reader found, else the first word of the full name. */
export function firstNameOf(contact: FormInfo['contact']): string | undefined {
  const given = contact.firstName?.trim();
  if (given) return given;
  const first = contact.name?.trim().split(/\s+/)[0];
  return first || undefined;
}

export function varsFor(form: FormInfo, viewer: Viewer | null, points: TalkingPoints): TemplateVars {
  return {
    firstName: firstNameOf(form.contact),
    myName: viewer?.name.trim().split(/\s+/)[0],
    project: points.project,
    period: points.period,
    strengths: points.strengths,
    result: points.result,
    company: points.company,
  };
}

/** A strength list with one more, unless it is blank, already there, or the list is full. */
export function addStrength(list: readonly string[], raw: string): string[] {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (!s || list.length >= MAX_STRENGTHS || list.some((x) => x.toLowerCase() === s.toLowerCase())) return [...list];
  return [...list, s];
}

/**
 * The checks that make sense for each kind of message. Only the request goes in LinkedIn's box
 * (so only it has a length limit) and only it is compared with earlier requests.
 */
export const CHECKS_FOR_KIND: Record<TemplateKind, readonly CheckKind[]> = {
  request: ['no-name', 'no-specifics', 'pressure', 'vague-ask', 'no-thanks', 'no-easy-out', 'too-long', 'near-duplicate', 'generic-default'],
  'heads-up': ['no-name', 'pressure', 'no-thanks', 'no-easy-out'],
  'follow-up': ['no-name', 'pressure', 'no-thanks', 'no-easy-out'],
  'thank-you': ['no-name', 'no-thanks'],
  offer: ['no-name', 'pressure', 'no-easy-out'],
};

export function findingsFor(kind: TemplateKind, text: string, ctx: CheckContext): Finding[] {
  const wanted = CHECKS_FOR_KIND[kind];
  const forKind: CheckContext = kind === 'request' ? ctx : { firstName: ctx.firstName, language: ctx.language };
  return checkRequest(text, forKind).filter((f) => wanted.includes(f.kind));
}
