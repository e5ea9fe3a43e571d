/**
 * LinkedIn's own pre-filled request texts. The form has shipped several over the years and they
 * still circulate, pasted as they are; a message that is essentially one of them, with a name and
 * some punctuation changed, tells the person nothing about what to write.
 */
import { fold, plain, words, type Span } from './text';

export const LINKEDIN_DEFAULT_REQUESTS = [
  "I'm sending this to ask you for a brief recommendation of my work that I can include in my LinkedIn profile. If you have any questions, let me know. Thanks in advance for helping me out.",
  "I'm sending this to ask you for a brief recommendation of my work that I can include in my profile. If you have any questions, let me know. Thanks in advance for helping me out.",
  "I'm writing to ask if you would write a brief recommendation of my work that I can include on my LinkedIn profile. If you have any questions, let me know. Thanks in advance for helping me out.",
  'Can you write me a recommendation?',
  'Could you write me a recommendation?',
  'Would you be willing to write a recommendation for me?',
  'Would you write a recommendation for me?',
  "I'd like to ask you to write a recommendation for me.",
  'Can you recommend me?',
  'Please write me a recommendation.',
] as const;

const GREETING = /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b/i;
const SIGN_OFF = /^(?:thanks|thank you|best|regards|best regards|kind regards|cheers|sincerely|warmly|all the best)[,!.]?$/i;

/** The message's words without greeting line, signature and the people's names. */
function coreWords(text: string, names: Set<string>): string[] {
  const lines = plain(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // "Hi Sam," alone on a line, or "Hi Sam, can you…" on the same line: drop the greeting part.
  if (lines[0] && GREETING.test(lines[0])) {
    const rest = lines[0].replace(/^[^,!:\n—-]*[,!:—-]\s*/, '');
    if (rest === lines[0] || words(lines[0]).length <= 3) lines.shift();
    else lines[0] = rest;
  }
  // A last line of one to three words with no full stop is a signature ("Best, Jo", "- Jo").
  while (lines.length > 1) {
    const last = lines[lines.length - 1]!;
    if (SIGN_OFF.test(last) || (words(last).length <= 3 && !/[.?]$/.test(last))) lines.pop();
    else break;
  }
  return words(lines.join(' '))
    .map((w) => fold(w.text))
    .filter((w) => !names.has(w) && !/^\[?name\]?$/.test(w));
}

function grams(ws: string[]): Set<string> {
  const out = new Set(ws);
  for (let i = 0; i + 1 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

const DEFAULT_GRAMS = LINKEDIN_DEFAULT_REQUESTS.map((d) => grams(coreWords(d, new Set())));

/** How close a message is to the nearest LinkedIn default (Jaccard on words and word pairs). */
export function defaultLikeness(text: string, names: Set<string> = new Set()): number {
  const g = grams(coreWords(text, names));
  if (g.size === 0) return 0;
  let best = 0;
  for (const d of DEFAULT_GRAMS) {
    let shared = 0;
    for (const x of g) if (d.has(x)) shared++;
    best = Math.max(best, shared / (g.size + d.size - shared));
  }
  return best;
}

export const DEFAULT_THRESHOLD = 0.6;

/** The span of a message that is LinkedIn's default text, or null when the user wrote their own. */
export function findDefaultText(text: string, names: Set<string> = new Set()): Span | null {
  if (defaultLikeness(text, names) < DEFAULT_THRESHOLD) return null;
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}
