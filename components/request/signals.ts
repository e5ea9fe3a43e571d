/**
 * What a request says, read for meaning: the ask, thanks, a graceful way out, pressure, and the
 * concrete things a recommender could write about. Each reader returns where it found its signal.
 * Lexicons here are families of phrasing (conditionals, negations, first-person work verbs), not a
 * list of test sentences: they are meant to cover how people actually write these messages.
 */
import { allMatches, firstMatch, fold, plain, sentences, words, type Span } from './text';

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WHEN = `(?:tonight|tomorrow|today|(?:this|next) (?:week|weekend|${WEEKDAYS})|the weekend|${WEEKDAYS}|(?:the )?end of (?:the |this )?(?:day|week|month)|eod|eow|cob|close of business|noon|midnight|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|the \\d{1,2}(?:st|nd|rd|th)|(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTHS}))`;

/** Deadlines, urgency, need, guilt and obligation. Negated uses ("no rush") are filtered out after. */
const PRESSURE = [
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

/** "no rush", "not urgent", "don't feel you have to": the same words, meaning the opposite. */
const NEGATED_BEFORE = /\b(?:no|not|never|without|don't|do not|zero|nor|isn't|aren't|wouldn't|won't|needn't|there's no)\b(?:[ \t]+[\w']+){0,3}[ \t]*$/i;
/** Time words that only press when the same sentence asks for something. */
const BARE_WHEN = new RegExp(
  `\\b(?:tonight|tomorrow|today|this (?:week|weekend)|${WEEKDAYS}|right away|immediately|right now|straight away|at once|quickly|hurry|urgent|within (?:the next )?(?:\\d+|a few|a couple of|one|two|three|twenty-four|forty-eight) (?:hours?|days?))\\b`,
  'gi',
);
const ASKING = /\b(?:need|could you|can you|would you|will you|please|send|get it|have it|submit|finish|post it|write it|if you could|ideally|hoping|would love|would be great)\b/i;
/** "by Friday": pressure, unless the sentence tells what already happened ("by March we had shipped"). */
const BY_WHEN = new RegExp(`\\b(?:by|before|until|no later than) ${WHEN}\\b`, 'gi');
const NARRATIVE = /\b(?:we|i|you|they|he|she|it)\s+(?:had|were|was|did|\w+ed)\b/i;

/** Ways to let someone decline gracefully. */
const EASY_OUT = [
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

/** Thanks and appreciation, anywhere in the message. */
const THANKS = [
  /\bthank(?:s|ing|ful|fully)?\b/i,
  /\bthank-you\b/i,
  /\b(?:thx|tia|ty)\b/i,
  /\bgrat(?:eful|itude)\b/i,
  /\bappreciat(?:e|ed|es|ing|ion|ive)\b/i,
  /\b(?:would|will|it'd|it would|that would|it'll|that'd)? ?means? (?:so much|a lot|a great deal|the world|a ton|loads)\b/i,
  /\bcheers\b/i,
  /\bmuch obliged\b/i,
  /\bindebted\b/i,
  /\b(?:so |very |really )?kind of you\b/i,
  /\bhonou?red\b/i,
  /\b(?:merci|gracias|danke|grazie|obrigad[oa])\b/i,
];

/** Ways to name the recommendation being asked for. */
const ASK = [
  /\b(?:(?:a|an|your|my|the|one|some|this)\s+)?(?:(?:short|brief|quick|small|little|few|linkedin|written|personal|professional|public|formal|glowing|good)\s+){0,3}(?:recommendations?|references?|testimonials?|endorsements?|recs?|recos?)\b/i,
  /\brecommend(?:ing)? me\b/i,
  /\bvouch(?:ing)? for me\b/i,
  /\b(?:write|say|share|put down|jot down) (?:a few|some|a couple of) (?:words|lines|sentences)\b/i,
  /\bendorse me\b/i,
];

const SKILLS = [
  'leadership', 'leading', 'led', 'communication', 'communicating', 'problem[- ]solving', 'debugging', 'design(?:ing)?',
  // Writing as a skill, not as in "writing me a recommendation".
  'writing(?! (?:me|us|a|an|one|it|this|that|something|some|up|the|for|on|about|back|to)\\b)', 'analysis', 'analytics', 'analytical', 'research', 'researching', 'planning', 'organi[sz](?:ation|ing|ed|ational)',
  'teamwork', 'collaboration', 'collaborative', 'collaborating', 'mentoring', 'mentorship', 'coaching', 'negotiat(?:ion|ing)',
  'presentations?', 'presenting', 'public speaking', 'stakeholders?', 'facilitat(?:ion|ing)', '(?:project|product|time|people|account|program|change|risk|vendor|community) management',
  'attention to detail', 'detail[- ]oriented', 'creativity', 'creative', 'reliab(?:le|ility)', 'dependab(?:le|ility)', 'initiative',
  'ownership', 'curiosity', 'empathy', 'empathetic', 'patience', 'patient', 'judge?ment', 'work ethic', 'resilien(?:ce|t)',
  'adaptab(?:le|ility)', 'flexib(?:le|ility)', 'strategic', 'strategy', 'execution', 'customer (?:service|focus|care|success)',
  'sales', 'selling', 'marketing', 'coding', 'programming', 'engineering', 'testing', 'architecture', 'budgeting', 'fundraising',
  'recruit(?:ing|ment)', 'hiring', 'training', 'teaching', 'onboarding', 'documentation', 'operations', 'logistics',
  'troubleshooting', 'accuracy', 'composure', 'calm', 'professionalism', 'diligen(?:ce|t)', 'thorough(?:ness)?', 'proactive',
  'resourceful(?:ness)?', 'innovat(?:ion|ive)', 'technical', 'expertise', 'storytelling', 'copywriting', 'editing', 'ux', 'ui',
  'front[- ]?end', 'back[- ]?end', 'full[- ]?stack', 'devops', 'sql', 'python', 'javascript', 'typescript', 'react', 'excel',
  'data', 'modell?ing', 'forecasting', 'reporting', 'analy[sz]ing', 'prioriti[sz](?:ation|ing)', 'delegat(?:ion|ing)',
  'listening', 'organised', 'organized', 'punctual(?:ity)?', 'clarity', 'craft',
  'writing skills', 'interpersonal', 'conflict resolution', 'decision[- ]making', 'critical thinking', 'multitasking',
  'self[- ]starter', 'hard[- ]working', 'hard work', 'dedication', 'dedicated', 'positive attitude', 'team player',
];

/** Past-tense work a person did: "I led", "we shipped". Feelings ("I enjoyed") are not work. */
const TASK_VERBS = [
  'led', 'built', 'designed', 'ran', 'wrote', 'drove', 'shipped', 'launched', 'created', 'developed', 'managed', 'organi[sz]ed',
  'coordinated', 'delivered', 'handled', 'fixed', 'solved', 'rebuilt', 'redesigned', 'migrated', 'automated', 'implemented',
  'trained', 'mentored', 'coached', 'taught', 'presented', 'negotiated', 'sold', 'founded', 'set up', 'took over',
  'stepped up', 'owned', 'spearheaded', 'streamlined', 'analy[sz]ed', 'researched', 'produced', 'edited', 'reviewed',
  'introduced', 'established', 'scaled', 'refactored', 'debugged', 'tested', 'deployed', 'published', 'hosted', 'facilitated',
  'pitched', 'closed', 'secured', 'won', 'raised', 'cut', 'reduced', 'increased', 'improved', 'saved', 'doubled', 'turned around',
  'made', 'brought', 'championed', 'prototyped', 'documented', 'onboarded', 'recruited', 'hired', 'planned', 'mapped', 'wired',
];
const NON_TASK_ED = new Set([
  'enjoyed', 'loved', 'liked', 'learned', 'learnt', 'wanted', 'hoped', 'wondered', 'noticed', 'needed', 'missed', 'appreciated',
  'worked', 'started', 'joined', 'decided', 'realised', 'realized', 'tried', 'asked', 'reached', 'talked', 'used', 'remembered',
  'connected', 'chatted', 'stayed', 'moved', 'agreed', 'wished', 'wanted', 'figured', 'mentioned', 'emailed', 'messaged',
  'called', 'texted', 'posted', 'updated', 'applied', 'interviewed', 'graduated', 'finished', 'left', 'admired', 'valued',
  'treasured', 'cherished', 'felt', 'thought', 'believed', 'guessed', 'assumed', 'expected', 'waited', 'promised', 'enjoyed',
  // Present tenses that merely end in -ed.
  'need', 'feed', 'seed', 'speed', 'proceed', 'succeed', 'exceed', 'heed', 'bleed', 'breed', 'indeed', 'embed',
  'helped', 'followed', 'listened', 'watched', 'looked', 'seemed', 'happened', 'passed', 'visited', 'returned', 'changed', 'shared',
]);

/** Work that names itself: "the redesign" is one piece of work both people remember. */
const DISTINCT_WORK = [
  'launch', 'migration', 'redesign', 'rollout', 'roll-out', 'campaign', 'initiative', 'integration', 'audit', 'thesis',
  'dissertation', 'capstone', 'workshop', 'conference', 'hackathon', 'proposal', 'pitch', 'roadmap', 'curriculum', 'grant',
  'fundraiser', 'merger', 'acquisition', 'prototype', 'pilot', 'experiment', 'exhibition', 'album', 'podcast', 'renovation',
  'installation', 'implementation', 'upgrade', 'overhaul', 'revamp', 'rebrand', 'transformation', 'restructuring', 'reorg',
  'relaunch', 'kickoff', 'offsite', 'internship', 'residency', 'apprenticeship', 'dashboard', 'pipeline', 'api',
];
/** Work words that need a qualifier to say which: "the project" could be any project. */
const WORK_NOUNS = [
  'project', 'product', 'release', 'programme', 'program', 'platform', 'app', 'application', 'system', 'feature', 'report',
  'study', 'course', 'event', 'deal', 'account', 'website', 'site', 'backend', 'frontend', 'database', 'model', 'analysis',
  'process', 'book', 'article', 'paper', 'budget', 'sprint', 'film', 'tool', 'engagement', 'contract', 'case', 'partnership',
  'assignment', 'placement', 'lab', 'service', 'library', 'framework', 'portal', 'apps', 'projects', 'products', 'launches',
  'campaigns', 'events', 'reports', 'workshops', 'deals', 'accounts', 'flow', 'tests', 'study', 'review', 'plan', 'strategy',
];
const DETERMINERS = new Set([
  'a', 'an', 'the', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'any', 'every', 'some',
  'same', 'one', 'on', 'in', 'at', 'of', 'for', 'with', 'about', 'to', 'and', 'or', 'new', 'big', 'great', 'last', 'first',
  'whole', 'entire', 'other', 'many', 'few', 'several', 'all', 'such', 'good', 'nice', 'fun', 'cool', 'old', 'recent',
  'from', 'by', 'as', 'into', 'over', 'per', 'like', 'than', 'was', 'were', 'is', 'are', 'be', 'been',
  // Pronouns and helpers make the word a verb ("I plan to", "you'd review"), not a piece of work.
  'i', "i'd", "i'll", "i'm", 'we', "we'd", 'you', "you'd", 'they', 'he', 'she', 'to', 'will', 'would', 'can', 'could',
  'should', 'might', 'may', 'must', 'also', 'just', 'not', 'please', 'me', 'us', 'it', 'who', 'which', 'when',
]);

/** Capitalised words that name no project, product or place. */
const NOT_NAMES = new Set([
  'i', "i'm", "i'd", "i've", "i'll", 'linkedin', 'ok', 'okay', 'ps', 'mr', 'mrs', 'ms', 'dr', 'hi', 'hello', 'dear', 'hey',
  'thanks', 'thank', 'best', 'regards', 'cheers', 'sincerely', 'warmly', 'god', 'asap', 'tia', 'fyi', 'please', 'also', 'and',
  'but', 'so', 'happy', 'hope', 'again', 'yours', 'kind', 'warm', 'all', 'btw', 'lol', 'eod', 'eow', 'cob', 'no', 'yes', 'you',
  ...WEEKDAYS.split('|'),
]);

const RESULTS = [
  // Numbers say what changed; a bare year only says when, so it counts as a period.
  /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?![\p{N}]))\p{N}/gu,
  /\b(?:on time|under budget|on budget|ahead of schedule|ahead of time|record|award|promoted|promotion)\b/gi,
  /\b(?:doubled|tripled|halved|quadrupled|percent|revenue|customers|users|conversion|retention|churn|latency|costs?|savings)\b/gi,
];

const PERIODS = [
  /\b(?:19|20)\d{2}\b/g,
  /\b(?:last|this|that|past|previous) (?:year|summer|spring|autumn|fall|winter|quarter|semester|term)\b/gi,
  /\b(?:summer|spring|autumn|fall|winter) (?:of )?(?:'?\d{2}|\d{4})\b/gi,
  /\b(?:for|over) (?:\w+ )?(?:years?|months?|semesters?)\b/gi,
  /\bduring (?:our|my|the|your) (?:time|years?|months?|stint|tenure|internship|residency|bootcamp|course|program|programme|degree|mba|semester|studies)\b/gi,
  /\bwhile (?:we|i) (?:were|was) (?:at|on|in)\b/gi,
];

export interface Signals {
  ask: Span | null;
  thanks: Span | null;
  easyOut: Span | null;
  pressure: Span[];
  /** Concrete anchors: what the recommender could write about. */
  work: Span[];
  /** Context only (a period, a company): it places the work but says nothing about it. */
  context: Span[];
}

const SKILL_RE = new RegExp(`\\b(?:${SKILLS.join('|')})\\b`, 'gi');
const TASK_RE = new RegExp(`\\b(?:i|we|i've|we've|i had|we had) (?:\\w+ly )?(?:${TASK_VERBS.join('|')})\\b`, 'gi');
const FIRST_PERSON_ED = /\b(?:i|we) (?:\w+ly )?([a-z]+ed)\b/gi;
const ABILITY = /\b(?:my|your|his|her|our) (?:ability|skills?|knack|talent|eye|approach|way|contributions?|role|part|work) (?:to|in|for|with|of|as|on)\b(?! (?:you|your team|the team|me)\b)/gi;
const WORK_NOUN_RE = new RegExp(`\\b(?:${WORK_NOUNS.join('|')})\\b`, 'gi');
const DISTINCT_WORK_RE = new RegExp(`\\b(?:${DISTINCT_WORK.join('|')})(?:s|es)?\\b`, 'gi');

function negated(text: string, at: number): boolean {
  const line = text.slice(0, at);
  const clause = line.slice(Math.max(line.search(/[^.,;:!?\n]*$/), 0));
  return NEGATED_BEFORE.test(clause);
}

function pressureSpans(t: string): Span[] {
  const found = allMatches(t, PRESSURE).filter((s) => !negated(t, s.start));
  for (const s of sentences(t)) {
    const asks = ASKING.test(s.text);
    if (asks || !NARRATIVE.test(s.text)) {
      for (const m of s.text.matchAll(BY_WHEN)) {
        const start = s.start + m.index;
        if (!negated(t, start)) found.push({ start, end: start + m[0].length });
      }
    }
    if (!asks) continue;
    for (const m of s.text.matchAll(BARE_WHEN)) {
      const start = s.start + m.index;
      if (!negated(t, start) && !found.some((f) => start >= f.start && start < f.end)) {
        found.push({ start, end: start + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const SIGN_OFF = /^(?:thanks|thank you|many thanks|best|best regards|kind regards|warm regards|regards|cheers|sincerely|warmly|love|yours|best wishes|all the best|talk soon|take care|with thanks|gratefully|ty)\b/i;

/** Capitalised words inside a sentence (not its first word), minus names and greetings. */
function namedThings(t: string, names: Set<string>): { work: Span[]; context: Span[] } {
  const work: Span[] = [];
  const context: Span[] = [];
  const lines = t.split('\n');
  let offset = 0;
  for (const line of lines) {
    const lineWords = words(line);
    // A line of three words or fewer is a greeting or a signature: its names are people.
    if (lineWords.length > 3) {
      for (const s of sentences(line)) {
        const ws = words(s.text);
        // "Thanks so much, Jordan Smith" is a signature: the names in it are the sender's.
        if ((SIGN_OFF.test(s.text) && ws.length <= 6) || (/^[-\u2013\u2014~]/.test(s.text) && ws.length <= 4)) continue;
        ws.forEach((w, i) => {
          if (i === 0) return;
          if (/[-\u2013\u2014]\s*$/.test(s.text.slice(0, w.start)) && i >= ws.length - 3) return;
          const isAcronym = /^[A-Z][A-Z0-9]{1,5}s?$/.test(w.text);
          if (!/^\p{Lu}/u.test(w.text) && !isAcronym) return;
          const key = fold(w.text);
          if (NOT_NAMES.has(key) || names.has(key) || names.has(key.replace(/'s$/, ''))) return;
          const before = s.text.slice(0, w.start);
          if (/[:;"(]\s*$/.test(before)) return;
          const span = { start: offset + s.start + w.start, end: offset + s.start + w.end };
          if (/\b(?:at|from|with|to|in|join(?:ed|ing)?|left)\s+$/i.test(before) && !isAcronym) context.push(span);
          else work.push(span);
        });
      }
    }
    offset += line.length + 1;
  }
  return { work, context };
}

function qualifiedWorkNouns(t: string): Span[] {
  const out: Span[] = [];
  for (const m of t.matchAll(WORK_NOUN_RE)) {
    const before = /([\p{L}\p{N}'-]+)\s+$/u.exec(t.slice(Math.max(0, m.index - 40), m.index));
    const after = /^\s+(\p{Lu}[\p{L}\p{N}]*)/u.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if ((before && !DETERMINERS.has(fold(before[1]!))) || after) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Reads a message once for every signal the checks use. `names` are folded names of the people. */
export function readSignals(message: string, names: Set<string> = new Set()): Signals {
  const t = plain(message);
  const named = namedThings(t, names);
  const work: Span[] = [
    ...named.work,
    ...allMatches(t, [SKILL_RE, TASK_RE, ABILITY, DISTINCT_WORK_RE, ...RESULTS]),
    ...qualifiedWorkNouns(t),
    ...[...t.matchAll(FIRST_PERSON_ED)]
      .filter((m) => !NON_TASK_ED.has(m[1]!.toLowerCase()))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  return {
    ask: firstMatch(t, ASK),
    thanks: firstMatch(t, THANKS),
    easyOut: firstMatch(t, EASY_OUT),
    pressure: pressureSpans(t),
    work: work.sort((a, b) => a.start - b.start),
    context: [...named.context, ...allMatches(t, PERIODS)].sort((a, b) => a.start - b.start),
  };
}

