import type { LinkedInRelationship } from '@/storage/relationships';
import type { Language } from '@/storage/settings';
import type { PartName } from '../analyze';

/** How the writer knows the person: LinkedIn's relationships, and the two it has no value for. */
export type RelationKey = LinkedInRelationship | 'TAUGHT_ME' | 'MENTORED_ME';

/**
 * An opener with slots: `{who}` (their first name, or the language's stand-in), `{role}`,
 * `{company}`, `{period}` (from the notes), `{where}` (" (Northwind, 2019–2022)"), `{result}`
 * and `{moment}` (from the notes), `{relation}` (the relation's sentence), `{example}`. A `[…]` part is left out
 * when a slot in it is unknown; a list gives alternatives, the first whose slots are all known.
 */
export type Opener = string | readonly string[];

/**
 * One language's openers (`starter-texts/<lang>.ts`), written in that language, not translated.
 * They speak of the person in the third person, and put what the user typed where no article,
 * case or gender has to agree with it: after a colon, "as", "with", or in parentheses.
 */
export interface StarterTexts {
  lang: Language;
  /** Stands for the person when no name is known. */
  someone: string;
  /** The opener for an example, offered for the skills part and beside a stock phrase. */
  example: string;
  /** A clause of the notes that tells of something the person did (any of three words or more when not given). */
  moment?: RegExp;
  /** Whether a note quoted after a colon starts in lower case ("The result: cut payouts…"). */
  lowerNotes: boolean;
  /** How the writer would say the relationship, in the first person, with `{who}`. */
  relation: Record<RelationKey, string>;
  /** The openers for each part, three at most are offered; `upward` when recommending someone above. */
  openers: Record<PartName, readonly Opener[]>;
  upward: Record<PartName, readonly Opener[]>;
  /**
   * The message asking the person to approve the draft before it is posted: a greeting (`{name}`
   * their first name), the ask, and an easy way out. The draft follows it between two rules.
   */
  greenLight: { hi: string; hiNoName: string; ask: string; easyOut: string };
  /** Slots only this language needs (English: "a"/"an" before the role). */
  more?: (slots: Readonly<Record<string, string | undefined>>) => Record<string, string | undefined>;
}
