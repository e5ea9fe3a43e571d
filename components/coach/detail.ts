import { DISTINCT_WORK_RE, NOT_NAMES, RESULTS } from '@/components/request/work-words';

/**
 * Deeds told in words that fit anyone: "helped our team a lot", "improved our processes", "always
 * delivers results". They read like impact but show nothing a reader could check, so on their own
 * they neither count as an example nor excuse the praise beside them.
 */
const GENERIC_DEED = new RegExp(
  '\\b(?:helped|helps|supported|supports|improved|improves|contributed to|contributes to|added (?:a lot of |so much |great )?value to|made a (?:big |real |huge )?difference(?: (?:to|for|in))?|made an? (?:big |real |huge |positive )?impact(?: on)?|impacted|benefited|enhanced|boosted|elevated|transformed|delivers? results|delivered results|drives? results|drove results|gets? results|got results)' +
    '(?: (?:our|the|my|his|her|their|everyone|us|me|all|of us|every))*' +
    '(?: (?:team|teams|company|organi[sz]ation|business|department|processes|process|work|projects|everyone|people|culture|results|things|performance|productivity|efficiency|workflow|workflows|group|office|clients|customers|everything|a lot|so much|greatly|tremendously|significantly|immensely|in many ways|in so many ways|every day|everywhere|\\w+ly))*' +
    '\\s*[.!]?\\s*$|^\\W*(?:(?:she|he|they|\\p{Lu}[\\p{L}\'-]+) )?(?:\\w+ly )?(?:always |consistently |reliably )*(?:delivers?|delivered|gets?|got|drives?|drove) (?:great |real |strong |excellent )?results\\b',
  'iu',
);

const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|dozens?|hundreds?|thousands?|millions?|half|twice|double|triple)\b/i;
const CAPITALISED = /(?<=\s)\p{Lu}[\p{L}\p{N}'’&.-]*/gu;

/**
 * Something in the sentence that only this person's story has: a number, a named product, place or
 * piece of work, a distinct kind of work (a migration, a launch), a result a reader could check.
 */
export function hasDetail(sentence: string, name?: string): boolean {
  if (RESULTS.some((re) => sentence.search(re) >= 0)) return true;
  if (NUMBER_WORD.test(sentence) || sentence.search(DISTINCT_WORK_RE) >= 0) return true;
  const nameParts = new Set((name ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  for (const [word] of sentence.matchAll(CAPITALISED)) {
    const w = word.replace(/[’'.]+$/, '').toLowerCase();
    if (!NOT_NAMES.has(w) && !nameParts.has(w.replace(/['’]s$/, ''))) return true;
  }
  return false;
}

/** A sentence whose only deed is a generic one, with no detail to make it this person's. */
export function isGenericDeed(sentence: string, name?: string): boolean {
  return GENERIC_DEED.test(sentence.trim()) && !hasDetail(sentence, name);
}
