/**
 * What a recommender could write about: skills, tasks, named work, results and periods, and the
 * capitalised words that are not names of work. Lexicons are backed by structure (first-person past
 * tense, qualified nouns) so that unlisted work still counts.
 */
import { WEEKDAYS } from './phrases';

export const SKILLS = [
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
export const TASK_VERBS = [
  'led', 'built', 'designed', 'ran', 'wrote', 'drove', 'shipped', 'launched', 'created', 'developed', 'managed', 'organi[sz]ed',
  'coordinated', 'delivered', 'handled', 'fixed', 'solved', 'rebuilt', 'redesigned', 'migrated', 'automated', 'implemented',
  'trained', 'mentored', 'coached', 'taught', 'presented', 'negotiated', 'sold', 'founded', 'set up', 'took over',
  'stepped up', 'owned', 'spearheaded', 'streamlined', 'analy[sz]ed', 'researched', 'produced', 'edited', 'reviewed',
  'introduced', 'established', 'scaled', 'refactored', 'debugged', 'tested', 'deployed', 'published', 'hosted', 'facilitated',
  'pitched', 'closed', 'secured', 'won', 'raised', 'cut', 'reduced', 'increased', 'improved', 'saved', 'doubled', 'turned around',
  'made', 'brought', 'championed', 'prototyped', 'documented', 'onboarded', 'recruited', 'hired', 'planned', 'mapped', 'wired',
];
export const NON_TASK_ED = new Set([
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
export const DISTINCT_WORK = [
  'launch', 'migration', 'redesign', 'rollout', 'roll-out', 'campaign', 'initiative', 'integration', 'audit', 'thesis',
  'dissertation', 'capstone', 'workshop', 'conference', 'hackathon', 'proposal', 'pitch', 'roadmap', 'curriculum', 'grant',
  'fundraiser', 'merger', 'acquisition', 'prototype', 'pilot', 'experiment', 'exhibition', 'album', 'podcast', 'renovation',
  'installation', 'implementation', 'upgrade', 'overhaul', 'revamp', 'rebrand', 'transformation', 'restructuring', 'reorg',
  'relaunch', 'kickoff', 'offsite', 'internship', 'residency', 'apprenticeship', 'dashboard', 'pipeline', 'api',
];
/** Work words that need a qualifier to say which: "the project" could be any project. */
export const WORK_NOUNS = [
  'project', 'product', 'release', 'programme', 'program', 'platform', 'app', 'application', 'system', 'feature', 'report',
  'study', 'course', 'event', 'deal', 'account', 'website', 'site', 'backend', 'frontend', 'database', 'model', 'analysis',
  'process', 'book', 'article', 'paper', 'budget', 'sprint', 'film', 'tool', 'engagement', 'contract', 'case', 'partnership',
  'assignment', 'placement', 'lab', 'service', 'library', 'framework', 'portal', 'apps', 'projects', 'products', 'launches',
  'campaigns', 'events', 'reports', 'workshops', 'deals', 'accounts', 'flow', 'tests', 'study', 'review', 'plan', 'strategy',
];
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'any', 'every', 'some',
  'same', 'one', 'on', 'in', 'at', 'of', 'for', 'with', 'about', 'to', 'and', 'or', 'new', 'big', 'great', 'last', 'first',
  'whole', 'entire', 'other', 'many', 'few', 'several', 'all', 'such', 'good', 'nice', 'fun', 'cool', 'old', 'recent',
  'from', 'by', 'as', 'into', 'over', 'per', 'like', 'than', 'was', 'were', 'is', 'are', 'be', 'been',
  // Pronouns and helpers make the word a verb ("I plan to", "you'd review"), not a piece of work.
  'i', "i'd", "i'll", "i'm", 'we', "we'd", 'you', "you'd", 'they', 'he', 'she', 'to', 'will', 'would', 'can', 'could',
  'should', 'might', 'may', 'must', 'also', 'just', 'not', 'please', 'me', 'us', 'it', 'who', 'which', 'when',
]);

/** Capitalised words that name no project, product or place. */
export const NOT_NAMES = new Set([
  'i', "i'm", "i'd", "i've", "i'll", 'linkedin', 'ok', 'okay', 'ps', 'mr', 'mrs', 'ms', 'dr', 'hi', 'hello', 'dear', 'hey',
  'thanks', 'thank', 'best', 'regards', 'cheers', 'sincerely', 'warmly', 'god', 'asap', 'tia', 'fyi', 'please', 'also', 'and',
  'but', 'so', 'happy', 'hope', 'again', 'yours', 'kind', 'warm', 'all', 'btw', 'lol', 'eod', 'eow', 'cob', 'no', 'yes', 'you',
  ...WEEKDAYS.split('|'),
]);

export const RESULTS = [
  // Numbers say what changed; a bare year only says when, so it counts as a period.
  // Nor does a length of time ("10+ years", "3 months"): that says how long, not what changed.
  /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?![\p{N}]))(?![\p{N},.]*\+?\s*(?:years?|yrs?|months?|weeks?|days?)\b)\p{N}/gu,
  /\b(?:on time|under budget|on budget|ahead of schedule|ahead of time|record|award|promoted|promotion)\b/gi,
  /\b(?:doubled|tripled|halved|quadrupled|percent|revenue|customers|users|conversion|retention|churn|latency|costs?|savings)\b/gi,
];

export const PERIODS = [
  /\b(?:19|20)\d{2}\b/g,
  /\b(?:last|this|that|past|previous) (?:year|summer|spring|autumn|fall|winter|quarter|semester|term)\b/gi,
  /\b(?:summer|spring|autumn|fall|winter) (?:of )?(?:'?\d{2}|\d{4})\b/gi,
  /\b(?:for|over) (?:\w+ )?(?:years?|months?|semesters?)\b/gi,
  /\b\d+\+? ?(?:years?|yrs?|months?|weeks?)\b/gi,
  /\bduring (?:our|my|the|your) (?:time|years?|months?|stint|tenure|internship|residency|bootcamp|course|program|programme|degree|mba|semester|studies)\b/gi,
  /\bwhile (?:we|i) (?:were|was) (?:at|on|in)\b/gi,
];

/** A topic named as their experience of the work: "your experience using the app", "of the course". */
export const TOPIC = /\bexperience (?:(?:of|with|using|in|on)|working (?:on|with)) (?:the|my|our|this) \w+/gi;

export const SIGN_OFF = /^(?:thanks|thank you|many thanks|best|best regards|kind regards|warm regards|regards|cheers|sincerely|warmly|love|yours|best wishes|all the best|talk soon|take care|with thanks|gratefully|ty)\b/i;

export const SKILL_RE = new RegExp(`\\b(?:${SKILLS.join('|')})\\b`, 'gi');
export const TASK_RE = new RegExp(`\\b(?:i|we|i've|we've|i had|we had) (?:\\w+ly )?(?:${TASK_VERBS.join('|')})\\b`, 'gi');
export const FIRST_PERSON_ED = /\b(?:i|we) (?:\w+ly )?([a-z]+ed)\b/gi;
export const ABILITY = /\b(?:my|your|his|her|our) (?:ability|skills?|knack|talent|eye|approach|way|contributions?|role|part|work) (?:to|in|for|with|of|as|on)\b(?! (?:you|your team|the team|me)\b)/gi;
export const WORK_NOUN_RE = new RegExp(`\\b(?:${WORK_NOUNS.join('|')})\\b`, 'gi');
export const DISTINCT_WORK_RE = new RegExp(`\\b(?:${DISTINCT_WORK.join('|')})(?:s|es)?\\b`, 'gi');
