import type { Relationship } from '@/storage/types';
import type { PartName } from './analyze';
import { periodInNotes, resultsInNotes } from './notes-facts';
import { isUpward, relationshipKind } from './relationship';

/**
 * Sentence openers for the parts a draft still lacks, built from what Vouch knows: the person's
 * name and role from the page, the relationship chosen in the form, and the user's own notes.
 * Openers stop mid-sentence on purpose: the user finishes them, Vouch never writes the whole text.
 */
export interface StarterInput {
  name?: string;
  firstName?: string;
  /** Their LinkedIn headline, e.g. "Senior Engineer at Northwind | Payments". */
  headline?: string;
  company?: string;
  /** The form's relationship (LinkedIn's enum name or the option's label). */
  relationship?: string | null;
  contactRelationship?: Relationship | null;
  notes?: string[];
}

export interface Starter {
  part: PartName;
  text: string;
}

const MAX_PER_PART = 3;
/** The opener for an example, offered for the skills part and beside a stock phrase. */
export const EXAMPLE_STARTER = 'One example: when ';
const HEADLINE_SPLIT = /\s+(?:\||·|•|-|–|—)\s+/;
const AT = /\s+(?:at|@)\s+/i;
const PAST_VERB = /^(?:\w+ed|(?:re)?(?:built|wrote|made|ran|set|did)|led|taught|gave|took|found|kept|brought|sold|won|drove|spent|got|met|thought|stood|grew)\b/i;

/** The role and company a headline names: "Senior Engineer at Northwind | Payments". */
export function roleFromHeadline(headline?: string): { role?: string; company?: string } {
  const first = headline?.split(HEADLINE_SPLIT)[0]?.trim();
  if (!first) return {};
  const [role, company] = first.split(AT);
  return { role: role?.trim() || undefined, company: company?.trim() || undefined };
}

const withArticle = (role: string) => `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

export function startersFor(missing: readonly PartName[], input: StarterInput): Starter[] {
  const who = input.firstName?.trim() || input.name?.trim().split(/\s+/)[0] || 'They';
  const { role, company: headlineCompany } = roleFromHeadline(input.headline);
  const company = input.company?.trim() || headlineCompany;
  const notes = input.notes ?? [];
  const period = periodInNotes(notes);
  const at = company ? ` at ${company}` : '';
  const when = period ? ` ${period}` : '';
  const upward = isUpward(input.relationship, input.contactRelationship);
  const kind = relationshipKind(input.relationship);
  const results = resultsInNotes(notes);
  const moments = notes.flatMap((n) => n.split(/[.;\n]/)).map((c) => c.trim()).filter((c) => PAST_VERB.test(c) && c.length <= 90);

  const byPart: Record<PartName, string[]> = {
    context: [
      kind ? `${kind.phrase.replace('{name}', who)}${at}${when}, ` : `I worked with ${who}${at}${when}, `,
      upward ? `${who} was my manager${at}${when}, and ` : `I had the pleasure of working with ${who}${at}${when}${role ? ` while ${who} was ${role}` : ''}, `,
      role ? `I got to know ${who} as ${role}${at}, where ` : `${who} and I met${at}${when} when `,
    ],
    skills: upward
      ? [
          `What I valued most in ${who}'s leadership was how `,
          `When things got hard, ${who} `,
          `${who} taught me how to `,
        ]
      : [
          ...moments.slice(0, 1).map((m) => `I remember when ${who} ${lowerFirst(m)}: `),
          `What sets ${who} apart is how `,
          EXAMPLE_STARTER,
          `${who} has a rare knack for `,
        ],
    impact: upward
      ? [
          ...results.slice(0, 1).map((r) => `Under ${who}'s leadership, ${lowerFirst(r)}, `),
          `Because of ${who}'s support, I was able to `,
          `Under ${who}'s leadership, our team `,
        ]
      : [
          ...results.slice(0, 1).map((r) => `The result: ${lowerFirst(r)}, `),
          `Because of ${who}'s work, `,
          `Within a few months, `,
        ],
    closing: upward
      ? [`Any team would be lucky to work for ${who}, `, `I would gladly work for ${who} again, `, `I recommend ${who} to anyone looking for a leader who `]
      : [
          `I recommend ${who} to any team looking for ${role ? withArticle(role) : 'someone'} who `,
          `I would work with ${who} again `,
          `Any team would be lucky to have ${who}, `,
        ],
  };
  return missing.flatMap((part) => byPart[part].slice(0, MAX_PER_PART).map((text) => ({ part, text })));
}
