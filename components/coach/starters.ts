import type { Relationship } from '@/storage/types';
import type { PartName } from './analyze';
import { periodInNotes, resultsInNotes } from './notes-facts';
import { isUpward, relationshipKind } from './relationship';
import { EN } from './starter-texts/en';
import type { Opener, StarterTexts } from './starter-texts/shape';
import { perLanguage } from '@/components/i18n/texts';

export type { StarterTexts };

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

/** English comes with the panel; another language's openers load when the coach writes in it. */
export const STARTER_TEXTS = perLanguage(EN, {
  de: () => import('./starter-texts/de').then((m) => m.DE),
  fr: () => import('./starter-texts/fr').then((m) => m.FR),
  es: () => import('./starter-texts/es').then((m) => m.ES),
  pt_BR: () => import('./starter-texts/pt_BR').then((m) => m.PT_BR),
});

const MAX_PER_PART = 3;
const MAX_MOMENT = 90;
/** Any clause of three words or more: what the user noted that the person did, in their words. */
const NOTED_CLAUSE = /^\S+(?:\s+\S+){2,}$/u;
const HEADLINE_SPLIT = /\s+(?:\||·|•|-|–|—)\s+/;
const AT = /\s+(?:at|@|bei|chez|en|na|no|em)\s+/i;

/** The role and company a headline names: "Senior Engineer at Northwind | Payments", "Ingenieurin bei Northwind". */
export function roleFromHeadline(headline?: string): { role?: string; company?: string } {
  const first = headline?.split(HEADLINE_SPLIT)[0]?.trim();
  if (!first) return {};
  const [role, company] = first.split(AT);
  return { role: role?.trim() || undefined, company: company?.trim() || undefined };
}

type Slots = Readonly<Record<string, string | undefined>>;
const SLOT = /\{(\w+)\}/g;
const known = (pattern: string, slots: Slots) => [...pattern.matchAll(SLOT)].every((m) => slots[m[1]!] !== undefined);

/** The opener with its slots filled: `[…]` parts with an unknown slot left out; null if one is unknown outside them. */
function fill(opener: Opener, slots: Slots): string | null {
  for (const pattern of typeof opener === 'string' ? [opener] : opener) {
    const kept = pattern.replace(/\[([^[\]]*)\]/g, (_, part: string) => (known(part, slots) ? part : ''));
    if (known(kept, slots)) return kept.replace(SLOT, (_, name: string) => slots[name] ?? '');
  }
  return null;
}

/** "Cut payouts by 40%" → "cut payouts by 40%" after a colon (a name or an acronym stays). */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** The openers for the `missing` parts, written in `texts`' language (English by default). */
export function startersFor(missing: readonly PartName[], input: StarterInput, texts: StarterTexts = EN): Starter[] {
  if (missing.length === 0) return [];
  const who = input.firstName?.trim() || input.name?.trim().split(/\s+/)[0] || texts.someone;
  const { role, company: headlineCompany } = roleFromHeadline(input.headline);
  const company = input.company?.trim() || headlineCompany;
  const period = periodInNotes(input.notes ?? []) ?? undefined;
  const results = resultsInNotes(input.notes ?? []);
  const moment = (input.notes ?? [])
    .flatMap((n) => n.split(/[.;\n]/))
    .map((c) => c.trim())
    .find((c) => (texts.moment ?? NOTED_CLAUSE).test(c) && c.length <= MAX_MOMENT && !results.includes(c));
  const relation = relationshipKind(input.relationship)?.key;
  const noted = (s?: string) => (s && texts.lowerNotes ? lowerFirst(s) : s);
  const base: Slots = {
    who,
    role,
    company,
    period,
    where: company || period ? ` (${[company, period].filter(Boolean).join(', ')})` : '',
    result: noted(results[0]),
    moment: noted(moment),
    relation: relation && texts.relation[relation].replaceAll('{who}', who),
    example: texts.example,
  };
  const slots = { ...base, ...texts.more?.(base) };
  const openers = isUpward(input.relationship, input.contactRelationship) ? texts.upward : texts.openers;
  return missing.flatMap((part) =>
    openers[part]
      .map((o) => fill(o, slots))
      .filter((text): text is string => text !== null)
      .slice(0, MAX_PER_PART)
      .map((text) => ({ part, text })),
  );
}
