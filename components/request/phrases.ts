/**
 * How requests sound: pressure, graceful ways out, thanks, and the ask itself. Families of phrasing
 * (conditionals, negations, deadlines), written to cover how people really word these messages.
 */

export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
export const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const WHEN = `(?:tonight|tomorrow|today|(?:this|next) (?:week|weekend|${WEEKDAYS})|the weekend|${WEEKDAYS}|(?:the )?end of (?:the |this )?(?:day|week|month)|eod|eow|cob|close of business|noon|midnight|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|the \\d{1,2}(?:st|nd|rd|th)|(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTHS}))`;

/** Deadlines, urgency, need, guilt and obligation. Negated uses ("no rush") are filtered out after. */
export const PRESSURE = [
  /\ba\.?s\.?a\.?p\b/gi,
  /\bas soon as (?:possible|you can|you're able)\b/gi,
  /\b(?:it's|it is|this is|that's|this one is|matter is) (?:(?!not\b|never\b|hardly\b)\w+ )?urgent\b|\burgent(?:ly)? (?:need|request|favou?r|matter)\b|\burgently\b/gi,
  /\b(?:time[- ]sensitive|time[- ]critical)\b/gi,
  /\bthe sooner the better\b/gi,
  /\bin a (?:bit of a )?(?:hurry|rush)\b/gi,
  /\bno later than\b/gi,
  // A deadline of theirs, not the skill of meeting deadlines ("works well under tight deadlines").
  /(?<!\b(?:tight|meet|meeting|met|under|hit|hitting|miss|missed|strict|multiple|many)\s(?:\w+\s)?)\b(?:deadline|due date)\b(?![- ]?(?:s\b|driven|oriented))/gi,
  /\b(?:before|ahead of|in time for) (?:my|the|our|an?|this|next) (?:\w+ )?(?:interviews?|applications?|deadline|review|start date|job fair|offer|meeting with|call with|panel|screening|onsite|submission)\b/gi,
  new RegExp(`\\b(?:interview|application|deadline|screening|onsite)s? (?:is |are )?(?:on ${WHEN}|${WHEN}|in (?:\\d+|a few|two|three) days)\\b`, 'gi'),
  /\bi (?:really |desperately |urgently |badly |absolutely |just |do )?(?:need|must have|have to have|require) (?:it|this|that|one|a recommendation|your recommendation|a reference|you to|this done)\b/gi,
  /\bi (?:really |desperately |urgently |badly )(?:need|want)\b/gi,
  /\bi need to (?:get|have|collect|secure) (?:a|your|this|one|some)\b/gi,
  /\bi (?:\w+ )?(?:need|must have|require) (?:a|an|your|the|this|one|some|a few|a couple of|more|two|three)? ?(?:[\w']+ ){0,2}(?:recommendations?|references?)\b/gi,
  /\b(?:need|have|get) (?:it|this|that|one|the recommendation|your recommendation|a recommendation) (?:by|before)\b/gi,
  /\b(?:it's|it is|this is) (?:really |very |so |super |absolutely )?(?:crucial|critical|vital|essential)\b/gi,
  /\bmy (?:job|offer|application|career|future|promotion|visa) (?:depends|is riding|hinges|rides)\b/gi,
  /\b(?:counting on you|relying on you|you're my (?:only|last) (?:hope|option|chance))\b/gi,
  /\byou owe me\b/gi,
  /\bafter (?:all|everything) (?:i've|i have|i) (?:done|did)\b/gi,
  /\byou (?:promised|said you would|told me you would|agreed to)\b/gi,
  /\b(?:still waiting|been waiting|haven't heard back|have not heard back|never (?:got back|replied|responded))\b/gi,
  /\bi've (?:already )?(?:asked|reminded) you (?:several|many|multiple|a few|three|two|four|\d+) times\b/gi,
  /\bit's been (?:\w+ ){1,2}(?:days?|weeks?|months?) since i (?:asked|sent|reached)\b/gi,
  /\b(?:your turn|you (?:could|can|should|would|might) return the fav(?:ou)?r|return the fav(?:ou)?r i did)\b/gi,
  /\bi (?:wrote|gave|did) (?:you )?(?:one|a recommendation|yours)(?: for you)?(?: \w+){0,3}, so\b/gi,
  /\b(?:don't let me down|i'll be (?:really |so )?disappointed|i'd be (?:really |so )?disappointed|i know you won't (?:say no|mind|refuse)|you can't say no|i'm sure you won't mind|i expect you)\b/gi,
  /\byou (?:must|have to|need to|should|better) (?:write|send|do|get|finish|submit|give|post)\b/gi,
  /\bplease (?:hurry|rush|respond quickly|prioriti[sz]e)\b/gi,
  /\b(?:quick|fast|rapid) (?:turnaround|response|reply)\b/gi,
  /\b(?:before it's too late|last chance|final reminder|one last time)\b/gi,
  /\bneeds? to be (?:done|written|submitted|in|up|posted|finished) by\b/gi,
];

/** The writer's own promise ("it'll be published as soon as possible"): their haste, not a demand. */
export const OWN_PROMISE = /\b(?:i|we|it|this|that)(?:'ll| will| shall)(?: \w+ly)? (?:be \w+ed|get|send|reply|respond|publish|post|write|return|share|do|follow up)\b[^.!?\n]*$/i;

/** "no rush", "not urgent", "don't feel you have to": the same words, meaning the opposite. */
export const NEGATED_BEFORE = /\b(?:no|not|never|without|don't|do not|zero|nor|isn't|aren't|wouldn't|won't|needn't|there's no)\b(?:[ \t]+[\w']+){0,3}[ \t]*$/i;
/** Time words that only press when the same sentence asks for something. */
export const BARE_WHEN = new RegExp(
  `\\b(?:tonight|tomorrow|today|this (?:week|weekend)|${WEEKDAYS}|right away|immediately|right now|straight away|at once|quickly|hurry|urgent|(?:within|in) (?:the next )?(?:\\d+|a few|few|a couple(?: of)?|couple(?: of)?|an?|one|two|three|twenty-four|forty-eight) (?:hours?|hrs?|days?)|within the (?:hour|day)|(?:before|ahead of|in time for) (?:my|our) (?!time\\b)[\\w-]+)\\b`,
  'gi',
);
export const ASKING = /\b(?:need|could you|can you|would you|will you|please|send|get it|have it|submit|finish|post it|write it|if you could|ideally|hoping|would love|would be great)\b/i;
/** "by Friday": pressure, unless the sentence tells what already happened ("by March we had shipped"). */
export const BY_WHEN = new RegExp(`\\b(?:by|before|until|no later than) ${WHEN}\\b`, 'gi');
export const NARRATIVE = /\b(?:we|i|you|they|he|she|it)\s+(?:had|were|was|did|\w+ed)\b/i;

/** Ways to let someone decline gracefully. */
export const EASY_OUT = [
  /\bno (?:worries|worry|pressure|obligation|problem|stress|rush|hurry|hard feelings|big deal|offen[cs]e|expectations?|strings)\b/i,
  /\bnot a (?:problem|big deal|worry)\b/i,
  /\b(?:all|totally|completely|absolutely|perfectly|entirely|equally|also) (?:good|fine|ok|okay|understandable|up to you)\b/i,
  /\bi(?:'d| would|'ll| will)? (?:totally |completely |fully |absolutely |of course |100% |really |would )?(?:understand|get it)\b(?!,? (?:that )?(?:you're|you are|how|your) )/i,
  /\bunderstand(?:able)? if\b/i,
  /\bif (?:you're|you are|you'd be|you'll be|you feel) (?:not |too |at all |a bit |very |really )?(?:comfortable|able|willing|happy|up for|open to|okay|ok|free|busy|swamped|slammed|stretched|short on time|keen|game|interested|available)\b/i,
  /\bif you (?:have|get|find|can spare|can find) (?:the |a |some |any )?(?:time|moment|minute|chance|bandwidth|capacity|spare)\b/i,
  /\bif\b[^.?!\n]{0,30}\b(?:comfortable|willing|able to|up for it|open to it|have (?:the )?time|have a moment|have bandwidth)\b/i,
  /\bif you (?:can|could)\b(?=\s*(?:[,.!?)\n]|$))/i,
  /\bif you like\b/i,
  /\bif (?:it's |at all )?possible\b/i,
  /\bif (?:that's|it's|this is) (?:ok|okay|alright|all right|fine)\b/i,
  /\b(?:would|do|could|will) you (?:feel|be) (?:comfortable|open)\b/i,
  /\bif you(?:'d| would) (?:rather|prefer) not\b/i,
  /\bif (?:you|now|it|this)\b[^.?!\n]{0,40}\b(?:rather not|prefer not|not a good time|isn't a good time|not your thing|too busy|don't have (?:the )?time|can't)\b/i,
  /\bfeel free to (?:say no|decline|pass|skip|ignore)\b/i,
  /\b(?:don't|do not|never|please don't) (?:feel|be) (?:any |at all )?(?:obligat|oblig|pressur|bad|like you have|you have to)/i,
  /\bno (?:need|obligation) to\b/i,
  /\b(?:either way|regardless|whatever you decide|whatever works|whichever way)\b/i,
  /\b(?:whenever|when(?:ever)? you (?:have|get|can|find)|in your own time|at your (?:own )?(?:convenience|leisure|pace)|when it suits|whenever suits|in your own good time)\b/i,
  /\bonly if\b/i,
  /\b(?:say no|take a no|a no is fine|decline|pass on (?:it|this)|turn (?:it|this|me) down)\b/i,
  /\bup to you\b/i,
  /\bif not\b/i,
  /\bno (?:is|'s) (?:fine|ok|okay|totally fine)\b/i,
  /\bhappy (?:either way|to understand)\b/i,
  /\b(?:if|should) you (?:decide|choose|prefer|want) not\b/i,
  /\bno (?:need|obligation) (?:at all|whatsoever)\b/i,
  /\bif (?:you're|you are) (?:not )?(?:up to it|into it)\b/i,
  /\bif you(?:'d| would)? like to\b/i,
  /\bif you(?:'re| are)? (?:happy|willing|comfortable)\b/i,
];

/**
 * Thanks, anywhere in the message. Gratitude only promised ("I'd appreciate it", "I would be
 * grateful") and "it would mean a lot" ask politely but thank no one.
 */
const PROMISED = "(?<!\\b(?:would|'d|will|'ll|should)\\s+(?:\\w+ly\\s+|really\\s+|so\\s+|be\\s+|be\\s+so\\s+|be\\s+very\\s+|be\\s+really\\s+)*)";
export const THANKS = [
  /\bthank(?:s|ing|ful|fully)?\b/i,
  /\bthank-you\b/i,
  /\b(?:thx|tia|ty)\b/i,
  new RegExp(`\\b${PROMISED}(?:grat(?:eful|itude)|appreciat(?:e|ed|es|ing|ion|ive))\\b`, 'i'),
  /\bcheers\b/i,
  /\bmuch obliged\b/i,
  /\bindebted\b/i,
  /\b(?:so |very |really )?kind of you\b/i,
  /\bhonou?red\b/i,
  /\b(?:merci|gracias|danke|grazie|obrigad[oa])\b/i,
];

/** Ways to name the recommendation being asked for. */
export const ASK = [
  /\b(?:(?:a|an|your|my|the|one|some|this)\s+)?(?:(?:short|brief|quick|small|little|few|linkedin|written|personal|professional|public|formal|glowing|good)\s+){0,3}(?:recommendations?|references?|testimonials?|endorsements?|recs?|recos?)\b/i,
  /\brecommend(?:ing)? me\b/i,
  /\bvouch(?:ing)? for me\b/i,
  /\b(?:write|say|share|put down|jot down) (?:a few|some|a couple of) (?:words|lines|sentences)\b/i,
  /\bendorse me\b/i,
  // "Can you write me one?": the recommendation is only implied.
  // An offer to "write one for you" is not an ask.
  /\b(?:write|do|give|leave|send|post) me one\b|\b(?:you|u) (?:\w+ )?(?:write|do|give|leave|send|post) one\b(?! (?:of|more|for you|back)\b)/i,
];
