/**
 * Praise that says nothing a reader can check: "great person", "hard worker", "highly recommend".
 * Praise is only a fault when nothing concrete stands near it; the analysis decides that.
 */
const INTENS = '(?:(?:very|really|truly|such an?|so|super|extremely|incredibly|absolutely|genuinely|just|overall|all-?round|all-?around|an?|the) )*';
const GENERIC = '(?:great|good|nice|amazing|awesome|wonderful|fantastic|excellent|lovely|incredible|outstanding|terrific|fabulous|brilliant|stellar|exceptional|remarkable|super|cool|fun|solid|perfect|ideal|valuable|true|well-rounded|top|first-class|world-class|top-notch|superb|phenomenal|special|fine|decent|kind|sweet|pleasant|positive|talented|smart|hard-?working|dedicated|reliable)';
const WHO =
  '(?:person|guy|gal|woman|man|lady|girl|individual|human(?: being)?|soul|colleague|co-?worker|employee|team ?member|teammate|team ?mate|worker|professional|fellow|friend|boss|manager|leader|asset|hire|addition|resource|partner|choice|attitude|personality|character|energy|vibe|job|work|people|performer|candidate|contributor)';

export const VAGUE_PRAISE: RegExp[] = [
  new RegExp(`\\b${INTENS}${GENERIC}(?:,? (?:and )?${GENERIC})* ${WHO}s?\\b`, 'gi'),
  /\bhard[- ]?work(?:er|ing)\b/gi,
  /\bteam player\b|\bpeople person\b|\b(?:went|goes|go|going) above and beyond\b|\b(?:gives?|gave|giving) (?:it )?(?:110|100) ?%|\b(?:go|goes|went|going) the extra mile\b/gi,
  /\b(?:(?:a|such a|an absolute|a real) )?(?:pleasure|joy|delight|dream) to work with\b|\b(?:fun|nice|great|easy|good) to work with\b/gi,
  /\b(?:highly|strongly|totally|definitely|really|would|absolutely|fully|100%) recommend(?:ed|s)?\b/gi,
  /\bone of the (?:best|nicest|smartest|finest|greatest|most (?:talented|amazing|dedicated|hard-?working|professional))\b/gi,
  /\b(?:very|really|super|extremely|so|incredibly) (?:talented|smart|intelligent|professional|dedicated|passionate|motivated|knowledgeable|skilled|helpful|nice|friendly|kind|reliable|good|hard-?working|driven|capable|competent|efficient|organi[sz]ed|creative|positive)\b/gi,
  /\b(?:does|did|doing|done) (?:a |an )?(?:\w+ )?(?:great|good|fantastic|amazing|excellent|awesome|wonderful|stellar|terrific) (?:job|work)\b/gi,
  /\bgood at (?:his|her|their) (?:job|work)\b|\bknows (?:his|her|their) stuff\b|\b(?:always )?willing to help\b|\bcan do (?:it )?all\b|\bgets? (?:things|stuff|the job) done\b/gi,
];

/** Words of praise or of a trait, for telling a sentence that is nothing but adjectives. */
export const ADJECTIVE =
  /^(?:great|good|nice|amazing|awesome|wonderful|fantastic|excellent|lovely|incredible|outstanding|terrific|brilliant|stellar|exceptional|remarkable|smart|intelligent|talented|gifted|dedicated|passionate|motivated|driven|hard-?working|diligent|reliable|dependable|professional|positive|enthusiastic|energetic|friendly|kind|helpful|committed|knowledgeable|skilled|capable|competent|efficient|creative|organi[sz]ed|trustworthy|loyal|humble|genuine|honest|responsible|punctual|respectful|polite|cheerful|superb|phenomenal|fun|easy-?going|proactive|detail-oriented|innovative|collaborative|supportive|approachable|hardworking|caring|patient|calm|thorough|curious|resourceful|ambitious|sharp|bright|quick|flexible|adaptable|versatile|warm|funny|confident|determined|focused|consistent|productive|fast|awesome|cool|solid|strong|star|top|best)$/i;
const FILLER = /^(?:and|or|but|very|really|truly|extremely|super|so|also|always|incredibly|highly|a|an|the|is|was|are|were|she|he|they|has|been|to|be|person|individual|colleague|teammate|worker|employee|professional|team|player|learner|just|overall|both|as|well|quite|plus|&)$/i;
const WORD = /[\p{L}'’-]+/gu;

/**
 * True when a sentence is a list of adjectives and little else: "Smart, reliable, creative."
 * A name or a pronoun at the start is allowed; anything that says what they did is not.
 */
export function isOnlyAdjectives(sentence: string, name?: string): boolean {
  const words = sentence.match(WORD) ?? [];
  if (words.length < 2 || words.length > 14) return false;
  const nameParts = new Set((name ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  let adjectives = 0;
  for (const [i, w] of words.entries()) {
    if (ADJECTIVE.test(w)) adjectives++;
    else if (FILLER.test(w)) continue;
    else if (i === 0 && (nameParts.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) continue;
    else return false;
  }
  return adjectives >= 2;
}
