/**
 * What a reader could check in a recommendation, in any field: a named thing (a product, a tool, a
 * method), the kind of work only that field has (a ward's night shifts, lesson plans, a pipeline of
 * deals, a database migration), a result, or an example told as one. Praise, qualities, a company
 * or a whole field named broadly ("software", "design and UX") give a reader nothing to check.
 */

/** Work objects that belong to one trade: naming one says what the person actually handled. */
const FIELD_DETAIL = new RegExp(
  '\\b(?:' +
    [
      // Software and data
      'bugs?', 'debugg(?:ed|ing)', 'refactor(?:ed|ing|s)?', 'databases?', 'deploy(?:ed|ing|ments?)', 'releases?', 'code reviews?',
      'acceptance tests?', 'unit tests?', 'test suites?', 'apis?', 'integrations?', 'migrations?', 'infrastructure', 'servers?',
      'outages?', 'incidents?', 'on-call', 'data models?', 'dashboards?', 'queries', 'modules', 'scripts?', 'pull requests?',
      'cms', 'erp', 'crm', 'seo', 'e-?commerce', 'cross-platform', 'open[- ]source', 'repositor(?:y|ies)',
      // Design and writing
      'wireframes?', 'mock-?ups?', 'prototypes?', 'usability', 'user (?:research|interviews?|testing)', 'design systems?',
      'brand(?:ing)? guidelines', 'illustrations?', 'typography', 'logos?', 'blog posts?', 'docs', 'documentation', 'articles?',
      'copywriting', 'newsletters?', 'press releases?', 'social media', 'campaigns?', 'podcasts?', 'videos?', 'photo ?shoots?',
      // Teaching and research
      'lessons?', 'lesson plans?', 'curricul(?:um|a)', 'classrooms?', 'syllab(?:us|i)', 'grading', 'exams?', 'workshops?',
      'lectures?', 'tutoring', 'thes[ie]s', 'dissertations?', 'papers?', 'grants?', 'experiments?', 'lab (?:work|sessions?|reports?)',
      // Health and care
      'patients?', 'wards?', 'night shifts?', 'triage', 'medications?', 'charting', 'care plans?', 'clinics?', 'icu', 'surger(?:y|ies)',
      'caseloads?', 'residents',
      // Sales, customers and operations
      'quotas?', '(?<!(?:great|good) )deals?', 'territor(?:y|ies)', 'cold[- ]call(?:s|ing)?', 'prospects?', 'demos?', 'renewals?', 'support tickets?',
      'escalations?', 'inventory', 'warehouses?', 'supply chains?', 'logistics', 'procurement', 'vendors?', 'shipments?',
      // Finance and management
      'audits?', 'forecasts?', 'forecasting', 'budgets?', 'reconciliations?', 'ledgers?', 'month-end', 'invoic(?:es|ing)', 'payroll',
      'tax returns?', 'hiring', 'onboarding', 'interviews', 'roadmaps?', 'initiatives?', 'launch(?:es|ed)?', 'rollouts?',
      'fundrais(?:er|ing)', 'events?', 'conferences?',
    ].join('|') +
    ')\\b',
  'i',
);

/** A result a reader could check: a launch, a deadline met, a figure, a way of working that changed. */
const RESULT = new RegExp(
  [
    '\\b(?:launched|shipped|released|went live|rolled out|published|delivered on time|on time|in time|ahead of schedule|under budget)\\b',
    '\\bsuccessfully\\b',
    '\\b(?:adopted by|(?:is |are )?(?:still|now) (?:used|in use|running)|became (?:the|our) (?:standard|default|template)|was promoted|got promoted)\\b',
    '\\bup to speed\\b',
    '\\b(?:doubled|tripled|halved|cut|reduced|increased|grew|saved|won|secured|closed|raised)\\b (?:\\w+ ){0,3}(?:by|to|from|\\d)',
    '\\b(?:made|making|makes) (?:me|us) (?:a )?(?:better|stronger|more confident)\\b',
    '\\bchang(?:e|ed|es|ing) (?:how|the way) (?:i|we|the team|our)\\b',
    '\\bwithout (?:him|her|them)\\b[^.!?]*\\b(?:would(?:n\'t|\'ve| not| have)|could(?:n\'t|\'ve| not| have))',
    '\\b(?:enabled|allowed) (?:us|me|the team) to (?:launch|ship|release|finish|deliver|win|close|cut|grow|open|hire)\\b',
    '\\bhelped (?:us |me |the team )?(?:to )?(?:launch|ship|release|identify|identifying|find|finding|fix|fixing)\\b',
  ].join('|'),
  'i',
);

/** A task they carried, told with its object: "rebuilt our billing system", "ran the night clinic". */
const DEED = new RegExp(
  '\\b(?:built|rebuilt|designed|redesigned|wrote|rewrote|ran|organi[sz]ed|set up|created|migrated|automated|introduced|trained|taught|' +
    'planned|restructured|documented|mapped|modell?ed|negotiated|recruited|founded|drafted|edited|produced|translated|rolled out|took over|' +
    'untangled|coordinated|chaired|hosted|presented|analy[sz]ed|audited|prototyped|illustrated|photographed|filmed|coded|programmed)' +
    ' (?:our|the|a|an|their|two|three|four|five|\\d+|several|every|each)' +
    ' ((?:[\\w-]+ ){0,2}[\\w-]{3,})',
  'gi',
);
/** Objects anyone's work has: "built a great team", "created a positive atmosphere" name no task. */
const GENERIC_OBJECT =
  /\b(?:work|job|tasks?|projects?|challenges?|goals?|ideas?|things|stuff|solutions?|team|teams|company|time|way|difference|impression|relationships?|atmosphere|environment|culture|vibe|energy|spirit|space|sense|bond|rapport|trust|value|impact|results?|quality|standard)\b/i;

function tellsATask(sentence: string): boolean {
  for (const m of sentence.matchAll(DEED)) if (!GENERIC_OBJECT.test(m[1]!)) return true;
  return false;
}

/** An example told as one. */
const EXAMPLE = /\b(?:for (?:example|instance)|i (?:still )?remember (?:when|how|the)|i recall|one (?:time|day|morning|evening|night|week)\b|once,? when|like the time|e\.g\.)/i;

/** A figure: not a year and not how long they worked together ("for 3 years", "10+ years"). */
const FIGURE = /(?<!\b(?:give|gives|gave|giving|put|puts)\s(?:it\s)?)(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?!\p{N}))(?![\p{N},.]*\+?\s*(?:years?|yrs?|months?|weeks?)\b)\p{N}/u;

/** Whether a sentence holds a figure (a number, a share, an amount): a cue in any language. */
export function hasFigure(sentence: string): boolean {
  return FIGURE.test(sentence);
}

/** Roles; the word before one may say what they specialise in ("a payroll accountant", "my best Java programmer"). */
const ROLE_AFTER = /([\p{L}][\p{L}+#-]*) (?:programmers?|developers?|engineers?|nurses?|teachers?|accountants?|analysts?|designers?|writers?|researchers?|surgeons?|lawyers?|recruiters?|specialists?)\b/giu;
/** Words before a role that name a quality, a rank or a whole field, not a specialty. */
const NOT_A_SPECIALTY = new Set(
  (
    'good great best excellent amazing awesome fantastic brilliant stellar strong solid talented skilled gifted smart clever creative ' +
    'passionate dedicated reliable versatile experienced seasoned capable competent thoughtful careful rare true real natural ' +
    'senior junior lead principal staff chief head young new former fellow our my his her their a an the one top outstanding ' +
    'exceptional remarkable incredible extraordinary excellent professional hardworking hard-working humble quick fast efficient ' +
    'software web mobile front-end frontend back-end backend full-stack fullstack stack interaction ux ui product graphic visual ' +
    'data technical it security cybersecurity marketing sales business project systems system digital game application apps ' +
    'tech technology very most more such'
  ).split(' '),
);

/** Capitalised words that are the start of a sentence, a shout, a title or a month, not a named thing. */
const COMMON_CAPS = new Set(
  (
    'i im ive id ill a an the he she they we you it his her their our my your this that these those and but or so if when while as at in on ' +
    'for with of to from by linkedin ok dr mr mrs ms prof head ceo cto cfo coo vp january february march april may june july august ' +
    'september october november december monday tuesday wednesday thursday friday saturday sunday partner'
  ).split(' '),
);
/** Before these, a capitalised name is the setting (a company, a place) or a person, not a piece of work. */
const SETTING_BEFORE = /\b(?:at|in|for|from|with|throughout|during|across|of|to|as|by|called|named|like|thank|thanks|recommend|recommending|dear|known|know|met|meet|hired|managed|mentored|taught|coached|supervised|congratulate)\s*["“'‘(]?$/i;
/** ...unless the words before say it is what they are skilled in: "expertise in Python", "built with Flutter". */
const SKILLED_IN = /\b(?:skills?|skilled|expertise|experience|experienced|proficient|proficiency|fluent|fluency|knowledge|especially|expert|certified|background|built|written|coded|programming|application|app|site|platform|tools?)\s+(?:in|with)\s*$/i;
const SUBJECT_AFTER = /^(?:'s|’s)?\s+(?:is|was|has|had|and I|can|could|will|would|always|never|also|did|does|made|makes|brings|brought|came|joined|worked|led)\b/;
// "Kubernetes", and names written in mixed case: "iOS", "eBay", "macOS".
const CAPITALISED = /(?<![\p{L}\p{N}'’.])(?:\p{Lu}|\p{Ll}{1,4}\p{Lu})[\p{L}\p{N}+#.’'-]*/gu;

/** First names and the like: capitalised words used as the subject of a sentence, plus the given name. */
export function peopleIn(text: string, name?: string): Set<string> {
  const out = new Set((name ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  for (const m of text.matchAll(CAPITALISED)) {
    if (SUBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) out.add(key(m[0]));
  }
  return out;
}

function key(word: string): string {
  return word.replace(/(?:['’]s|[.'’])$/, '').replace(/['’]/g, '').toLowerCase();
}

/** A named product, tool, method or piece of work inside the sentence, as a reader would spot it. */
function namesSomething(sentence: string, people: Set<string>): boolean {
  // A sentence in capitals is shouted, not named.
  if (!/\p{Ll}/u.test(sentence.replace(/\b\p{Lu}\p{Ll}+\b/gu, ''))) return false;
  const first = sentence.search(/[\p{L}\p{N}]/u);
  for (const m of sentence.matchAll(CAPITALISED)) {
    if (m.index <= first) continue; // the sentence's first word
    // The words just before, enough to see a setting: end-anchored patterns stay cheap on long sentences.
    const before = sentence.slice(Math.max(0, m.index - 80), m.index);
    if (m.index < 8 && /^\W*(?:an?|the)\s+$/i.test(sentence.slice(0, m.index))) continue; // "An Artist at heart"
    const k = key(m[0]);
    if (k.length <= 2 || COMMON_CAPS.has(k) || people.has(k)) continue;
    // A run of capitals after "at", "with" or "as" is a company, a person or a title.
    const runStart = /(?:\p{Lu}[\p{L}\p{N}+#.’'-]*\s+)*$/u.exec(before)!;
    // A list after "at" is a list of settings: "at both Acme and Globex", "in Oslo, Lyon or Pune".
    const lead = before.slice(0, runStart.index).replace(/(?:(?:\s|^)(?:both|either))?(?:\s+\p{Lu}[\p{L}\p{N}+#.’'-]*)+\s*(?:,|\band\b|\bor\b|&)\s*$/u, '').replace(/\s+(?:both|either)\s*$/i, ' ');
    if (SETTING_BEFORE.test(lead) && !SKILLED_IN.test(lead)) continue;
    if (people.has(key(before.slice(runStart.index).split(/\s+/)[0] ?? ''))) continue;
    return true;
  }
  return false;
}

/** Endings of adjectives ("resilient", "creative", "careful"): a quality, not a specialty. */
const ADJECTIVE_ENDING = /(?:ent|ant|ive|ous|ful|ble|al|ic|ed|ing|y|ish|less|est|er)$/i;

function namesSpecialty(sentence: string): boolean {
  for (const m of sentence.matchAll(ROLE_AFTER)) {
    const word = m[1]!.toLowerCase();
    if (!NOT_A_SPECIALTY.has(word) && !ADJECTIVE_ENDING.test(word)) return true;
  }
  return false;
}

/** Whether one sentence gives a reader something concrete to believe. */
export function isConcrete(sentence: string, people: Set<string>): boolean {
  return (
    FIELD_DETAIL.test(sentence) ||
    RESULT.test(sentence) ||
    EXAMPLE.test(sentence) ||
    tellsATask(sentence) ||
    FIGURE.test(sentence) ||
    namesSpecialty(sentence) ||
    namesSomething(sentence, people)
  );
}
