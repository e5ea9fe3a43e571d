/**
 * What each of the four parts sounds like, as weighted cues. A sentence shows a part when its cues
 * add up to PRESENT; one strong cue is enough, two weak ones are too. Regexes are compiled once here
 * because the panel runs them on every keystroke.
 */
export interface Cue {
  re: RegExp;
  weight: number;
  /** The cue shows something the person did, not only names a quality: it backs nearby praise. */
  shows?: boolean;
}

export const PRESENT = 2;

const ROLE =
  '(?:manager|boss|supervisor|team ?lead|lead|leader|mentor|mentee|teacher|professor|instructor|lecturer|tutor|coach|trainer|colleague|co-?worker|teammate|team ?mate|peer|client|customer|consultant|contractor|freelancer|agency|vendor|partner|direct report|report|student|intern|apprentice|classmate|co-?founder|founder|director|vp|cto|ceo|cfo|coo|head|advis[eo]r|supervisee|employee|hire)';
const COUNT = '(?:\\d+(?:[.,]\\d+)?\\+?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a few|a couple of|almost|nearly|over|about)';
const VERB_ACTION =
  '(?:led|leads|built|builds|designed|designs|created|creates|developed|develops|wrote|writes|ran|runs|organi[sz]ed|organi[sz]es|coordinated|coordinates|negotiated|negotiates|mentored|mentors|coached|coaches|trained|trains|taught|teaches|explained|explains|debugged|analy[sz]ed|analy[sz]es|researched|presented|presents|planned|plans|owned|owns|handled|handles|solved|solves|resolved|resolves|fixed|fixes|rebuilt|redesigned|rewrote|refactored|automated|automates|streamlined|simplified|simplifies|introduced|introduces|established|set up|sets up|championed|champions|advocated|facilitated|facilitates|moderated|translated|translates|anticipated|anticipates|spotted|spots|noticed|notices|identified|identifies|diagnosed|untangled|tackled|tackles|took on|takes on|took ownership|takes ownership|took charge|stepped up|stepped in|jumped in|brought|brings|turned|kept|keeps|guided|guides|supported|supports|listened|listens|challenged|challenges|pushed|reviewed|reviews|tested|prototyped|interviewed|recruited|onboarded|sold|sells|pitched|earned|scaled|transformed|modernized|modernised|migrated|integrated|implemented|implements|deployed|architected|engineered|produced|produces|edited|directed|curated|documented|mapped|modell?ed|forecast|budgeted|sourced|combined|combines|balanced|balances|juggled|juggles|navigated|navigates|adapted|adapts|communicated|communicates|connected|connects|inspired|inspires|motivated|motivates|encouraged|encourages|empowered|empowers|delegated|delegates|prioriti[sz]ed|prioriti[sz]es|managed|manages|shaped|shapes|crafted|crafts|drafted|launched|shipped|delivered|delivers|drove|drives|helped|helps|made|makes|found|finds|asked|asks|gave|gives|created|cared|cares|uncovered|raised|served|serves|defined|defines|ensured|ensures|volunteered|hosted|hosts|turns|grew|grows|thought|thinks|approached|approaches|treated|treats|met|meets|learned|learns|picked up|mastered|handled|united|rallied|rallies|influenced|influences|aligned|aligns|persuaded|convinced|spearheaded|pioneered|initiated)';

/** How the writer knows the person: relationship, role, place and period. */
export const CONTEXT_CUES: Cue[] = [
  { re: /\b(?:i|we)(?:'ve| have| had)? (?:had|have|got) (?:the |a )?(?:great |real |distinct )?(?:pleasure|privilege|opportunity|chance|hono[u]?r|luck|fortune) (?:of |to )?(?:work|working|collaborat\w+|partner\w*|team\w*|serv\w+|stud\w+|manag\w+|lead|leading|mentor\w*|teach\w*|coach\w*)\b/i, weight: 1 },
  { re: /\b(?:pleasure|privilege|opportunity|chance|hono[u]?r) (?:of |to )?(?:manag\w+|mentor\w*|teach\w*|coach\w*|supervis\w+|lead|leading|hir\w+|train\w+)\b/i, weight: 2 },
  { re: /\bmy (?:experience|time|years?) (?:of )?(?:working|collaborating|studying) (?:with|alongside)\b/i, weight: 1 },
  { re: /\b(?:in|within|on|across) (?:our|my) (?:[\w-]+ ){0,2}(?:team|unit|department|group|lab|office|school|class|ward|company|org|organi[sz]ation|studio|agency)\b/i, weight: 1 },
  { re: /\b(?:work|working|worked|collaborat\w+) (?:together )?(?:with|alongside) \S+ (?:at|in|on|for|during) (?:the|a|an|our|my|both|two|several|\p{Lu})/u, weight: 2 },
  // "I worked with Ana" alone does not say how they know each other: a role, a setting or a period must join it.
  { re: /\b(?:i|we)(?:'ve| have| had)?(?: been)? (?:\w+ly )?(?:worked|working|work|collaborated|collaborating|partnered|served|studied|taught|coached|mentored|managed|supervised|hired|met|known|interned|volunteered|trained|advised|engaged|contracted|retained|consulted|overlapped|reported|teamed up|started)(?: \w+ly)? (?:with|alongside|for|under|together|beside|to|on|at|in|him|her|them|[A-Z])/i, weight: 1 },
  { re: /\b(?:I|[Ww]e)(?:'ve| have| had)?(?: been)? (?:\w+ly )?(?:managed|supervised|hired|taught|coached|mentored|interned|reported|trained|advised)(?: \w+ly)? (?:him|her|them|[A-Z]|to|under)/, weight: 2 },
  { re: /\b(?:to|of) (?:work|working|collaborate|collaborating) (?:\w+ )?(?:with|alongside) \S+ (?:at|in|on|for|during) /i, weight: 2 },
  { re: /\b\p{Lu}[\p{L}'-]+ and I (?:are|were|have|had|worked|work|met|studied|served|collaborated|overlapped|shared|built|ran|led)\b/u, weight: 2 },
  { re: /\b(?:part|member) of (?:the|our|my|a|an) (?:[\w-]+ ){0,3}(?:team|group|project|department|squad|crew|unit|class|cohort|board)\b/i, weight: 2 },
  { re: /\b(?:work|worked|works|working|projects?|jobs?) for (?:us|me|our (?:company|team|firm|business|agency|studio|school|clinic))\b/i, weight: 2 },
  { re: /\b(?:is|was|were|are) (?:a|an|my|our) (?:[\w-]+ ){0,4}(?:colleague|teammate|team ?mate|co-?worker|classmate|peer)\b/i, weight: 2 },
  { re: /^(?:working|having worked|collaborating|partnering|studying) (?:\w+ly )?(?:with|alongside|for|under) |\b(?:worked|works|working|studied|interned|served|trained) (?:\w+ly )?(?:for|under|with|alongside) (?:me|us)\b|\bin my (?:role|capacity|position|time|years?) (?:as|at|with|on)\b/i, weight: 2 },
  { re: /\b(?:i|we)(?:'m|'ve been| have been| had been| was| were| am| are| felt| feel) (?:\w+ )?(?:lucky|fortunate|privileged|thrilled|happy|glad|delighted|hono[u]?red|proud|able|grateful) (?:enough )?to (?:have )?(?:worked|work|collaborate|partner|manage|serve|study|learn|report|lead|hire|mentor|teach|coach|supervise|be)/i, weight: 2 },
  { re: new RegExp(`\\b(?:my|our) (?:\\w+ ){0,2}${ROLE}s?\\b`, 'i'), weight: 2 },
  { re: new RegExp(`\\b(?:as|while|when) (?:her|his|their|a|an|the|my) (?:\\w+ ){0,2}${ROLE}\\b`, 'i'), weight: 2 },
  { re: /\b(?:reported|reports|reporting) (?:directly )?to (?:me|him|her|them|[A-Z])/i, weight: 2 },
  { re: /\b(?:joined|was on|was in|was part of|is part of|was a member of|were on|came to|was assigned to|was placed on) (?:my|our)\b/i, weight: 2 },
  { re: /\b(?:during|throughout|over|in) (?:my|our|her|his|their) (?:\w+ ){0,3}(?:time|years?|months?|tenure|stint|collaboration|engagement|partnership|studies|program|programme|course|class|semester|internship)\b/i, weight: 2 },
  { re: /\b(?:we|and i) (?:\w+ly )?(?:worked|collaborated|met|studied|partnered|served|were colleagues|were teammates|overlapped|shared|sat|built|ran|launched)\b/i, weight: 2 },
  { re: /\b(?:i|we) (?:hired|recruited|onboarded|engaged|retained|contracted|brought (?:her|him|them) (?:in|on))\b/i, weight: 2 },
  { re: /\b(?:i(?:'ve| have)? known)\b/i, weight: 2 },
  { re: new RegExp(`\\b${ROLE}s? (?:that |who )?(?:i(?:'ve|’ve| have| had)?|we(?:'ve|’ve| have| had)?) (?:ever )?(?:had|worked with|known|hired|managed|met|taught|studied with)\\b`, 'i'), weight: 2 },
  { re: new RegExp(`\\b(?:for|over|nearly|almost|about|more than|over the (?:past|last)) ${COUNT}(?: \\w+)? (?:years?|months?|weeks?|semesters?|quarters?|terms?|seasons?)\\b`, 'i'), weight: 1 },
  { re: /\b(?:in|since|from|between|during|until|circa) (?:(?:early|mid|late|the summer of|spring|summer|fall|autumn|winter)[- ])?(?:19|20)\d\d\b/i, weight: 1 },
  { re: /\b(?:19|20)\d\d ?(?:-|–|—|to|until) ?(?:(?:19|20)?\d\d|present|now|today)\b/i, weight: 1 },
  { re: /\b(?:at|for|in|throughout) (?:[A-Z][\p{L}&.'-]*)(?: [A-Z][\p{L}&.'-]*)*/u, weight: 1 },
  { re: /\bon (?:\w+ing )?(?:the|a|an|our|my|several|many|two|three|a few|a couple of) (?:[\w-]+ ){0,3}(?:projects?|teams?|campaigns?|initiatives?|courses?|classes)\b/i, weight: 1 },
  { re: /\bon (?:the|a|an|our|my|her|his|their) (?:[\w-]+ ){0,3}(?:project|team|initiative|program|programme|launch|migration|account|engagement|board|committee|squad|course|thesis|implementation|campaign)\b/i, weight: 1 },
];

/** A first-person word: a period or a place only tells how they met when the writer is in the sentence. */
export const FIRST_PERSON = /\b(?:I|we|my|our|me|us)\b|\bI'/i;

/** "For example", "when she…": the writer is about to show, not tell. */
export const EXAMPLE = /\b(?:for (?:example|instance)|such as|in particular|specifically|one (?:time|day|example|project|morning|week)|once,? when|i remember|i recall|like the time|when (?:she|he|they|our|we|the|a|an|i)\b|e\.g\.)/i;

/** Traits of a person in any field; generic praise ("nice", "great", "amazing") names none. */
const QUALITY = new RegExp(
  '\\b(?:' +
    'patient|calm|composed|thorough|meticulous|analytical|curious|inquisitive|inquiring|resourceful|organi[sz]ed|decisive|strategic|empathetic|empathic|' +
    'humble|candid|transparent|responsive|proactive|pragmatic|methodical|diligent|reliable|dependable|trustworthy|trusted|collaborative|creative|' +
    'innovative|inventive|imaginative|detail[- ](?:oriented|focused)|adaptable|flexible|versatile|tenacious|persistent|resilient|generous|supportive|' +
    'approachable|articulate|insightful|thoughtful|rigorous|principled|inclusive|fair|structured|hands-on|data-driven|customer-focused|' +
    'passionate|dedicated|committed|motivated|self-motivated|driven|disciplined|autonomous|independent|honest|punctual|respectful|' +
    'knowledgeable|skilled|skillful|talented|gifted|capable|competent|experienced|efficient|productive|precise|accurate|careful|' +
    'communicative|engaged|energetic|enthusiastic|ambitious|determined|focused|conscientious|responsible|accountable|loyal|humorous|' +
    'likeable|likable|open-minded|receptive|eager|intelligent|smart|sharp|bright|clever|quick-witted|agile|hardworking|professional|' +
    'encouraging|inspiring|caring|compassionate|confident|diplomatic|tactful|persuasive|calm under pressure' +
    ')\\b',
  'i',
);

/** Abilities and traits shown, ideally through something the person did. */
export const SKILL_CUES: Cue[] = [
  { re: /\b(?:ability|able|capacity|knack|talent|gift|flair|eye|aptitude|instinct|mastery|command|grasp|proficiency|fluency|feel|passion) (?:to|for|in|of|at|with)\b/i, weight: 2 },
  { re: /\b(?:skills?|expertise|experience|knowledge|understanding|background) (?:in|of|with|across|around)\b/i, weight: 2 },
  { re: /\b(?:skilled|adept|expert|proficient|fluent|versed|gifted|talented|excellent|great|strong|brilliant|exceptional|outstanding|superb|good|masterful|accomplished|experienced|effective|fantastic|amazing) (?:at|in|with) (?!all\b|everything\b|anything\b|what (?:she|he|they) do)\w/i, weight: 2 },
  { re: /\b(?:excels?|excelled|shines?|shone|thrives?|thrived|stands? out|stood out) (?:at|in|when|under|with|as|for)\b/i, weight: 2 },
  { re: /\b(?!(?:her|his|their|my|our|your|great|good|amazing|excellent|strong|solid|nice|many|the|a|of|and|all|real|top|some|people)\b)[\w-]{3,}[ -](?:skills?|abilities|expertise|chops|instincts?|acumen|judg(?:e)?ment|sense)\b/i, weight: 2 },
  { re: /\b(?:attention to detail|eye for detail|work ethic|problem[- ]solving|critical thinking|systems thinking|stakeholder management|project management|product sense|design sense|emotional intelligence|technical depth|leadership style|calm under pressure|grace under pressure|follow[- ]through|ownership)\b/i, weight: 2 },
  { re: new RegExp(`(?:\\b[Ss]he|\\b[Hh]e|\\b[Tt]hey|\\bwho|\\b[A-Z][\\p{L}'’-]+)(?: (?:\\w+ly|also|then|once|always|often|never|even|quickly|single-handedly|patiently|calmly))* ${VERB_ACTION}\\b(?! (?:(?:it )?1[01]0 ?%|(?:her|his|their) (?:all|best)|everyone|everybody|everything|anyone|anything|others|people|things|stuff|it|every ?day|every time|all|any|sure|a difference|the (?:best|most)|(?:me|us) (?:laugh|smile|happy|feel)|(?:(?:a|an|the|her|his|their) )?(?:[\\w-]+ )?(?:work|job|results|output|impression|attitude|energy|spirit|enthusiasm|passion|vibes?)\\b|(?:her|his|their|the) (?:team|teammates|colleagues|co-?workers|peers)\\b(?!\\s+(?:to|ship|cut|learn|understand|debug|build|grow|reach|hit|deliver|meet|move|finish|launch|adopt|through))))`, 'u'), weight: 2, shows: true },
  { re: new RegExp(`^(?:\\w+ly )?${VERB_ACTION}\\b`, 'iu'), weight: 2, shows: true },
  { re: /\b(?:guidance|advice|feedback|coaching|mentoring|mentorship|support|work|expertise) (?:on|with|in|around) (?!everything|anything|all\b)\w/i, weight: 2 },
  { re: /\b(?:excellent|great|strong|natural|gifted|skilled|talented|effective|thoughtful|clear|creative|careful|patient|fantastic|brilliant|exceptional|outstanding|superb|born|empathetic|fearless|rigorous|meticulous) (?:communicator|leader|problem[- ]solver|negotiator|mentor|listener|writer|presenter|speaker|facilitator|teacher|coach|organi[sz]er|strategist|designer|engineer|developer|analyst|researcher|collaborator|manager|salesperson|storyteller|thinker|planner|learner|programmer|coder|debugger|architect|marketer|recruiter)s?\b/i, weight: 1 },
  { re: /\b(?:is|was|are|were) (?:always |often |very |really )?(?:able|the (?:one|person|first)|the go-to) (?:to|who|for)\b/i, weight: 2 },
  { re: /\b(?:knows|knew) how to\b/i, weight: 2, shows: true },
  { re: EXAMPLE, weight: 1 },
  // A quality is a skill in the rubric's sense: "humble, approachable and communicative" names three.
  { re: QUALITY, weight: 2 },
  { re: /\b(?:leadership|communication|creativity|empathy|curiosity|patience|integrity|resilience|rigou?r|craft|craftsmanship|initiative|mentorship|negotiation|facilitation|storytelling|judg(?:e)?ment|prioriti[sz]ation|clarity|dedication|commitment|discipline|precision|professionalism|humility|openness|honesty|reliability|determination|perseverance|passion|artistry|playfulness|expertise|know-how|innovation|talent)\b/i, weight: 2 },
  { re: /\b(?:quick|fast|eager|keen|avid|lifelong) learner|\bhard[- ]?work(?:er|ing)|\bteam (?:spirit|player)|\bsense of (?:humou?r|responsibility|innovation|ownership|urgency|design|style|detail)|\b(?:good|great|strong|deep|solid|broad|excellent|real) (?:[\w-]+ )?(?:understanding|knowledge|grasp|command|eye|instincts?|background|foundation)\b/i, weight: 2 },
];

/** Results: what changed because of them. */
export const IMPACT_CUES: Cue[] = [
  { re: /(?<!\b(?:give|gives|gave|giving|put|puts|puts in|put in) (?:it )?)\b(?!1[01]0 ?%(?! of| uptime| accuracy| coverage| on))\d[\d,.]*\s?(?:%|percent\b|per cent\b|pp\b|x\b|×|-fold\b|fold\b)/i, weight: 2 },
  { re: /[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:k|m|mm|bn|million|billion|thousand|dollars|euros|pounds|usd|eur|gbp)\b/i, weight: 2 },
  { re: /\bfrom (?:[$€£]?\d[\d,.]*|\w+) \w*\s?(?:to|down to|up to) (?:[$€£]?\d|under|less|zero|one|two|three|four|five|a few|hours|minutes|days)/i, weight: 2 },
  { re: /\b(?:reduc(?:ed|es|ing)|increas(?:ed|es|ing)|grew|grown|doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupl(?:ed|ing)|halved|saved|saves|saving us|cut (?:our|the|their|costs?|time|down|churn|spend|waste|\w+ (?:time|costs?|by))|boost(?:ed|ing)|lowered|shortened|accelerat(?:ed|ing)|sped up|(?:exceed(?:ed|ing)|surpass(?:ed|ing))(?! (?:(?:my|our|all|the|every|client|customer|their|his|her|everyone's) )*expectations)|outperform(?:ed|ing)|generat(?:ed|ing)|eliminat(?:ed|ing)|decreas(?:ed|ing)|minimi[sz]ed|maximi[sz]ed|won|secured|landed|recovered|rescued|turned (?:\w+ )?around|transformed|improv(?:ed|ing)|expanded|raised|brought in|closed \w+ (?:deals?|rounds?|contracts?)|paid off|unblocked|prevented|avoided)\b/i, weight: 2 },
  { re: /\b(?:result(?:ed|s|ing)? in|led to|leading to|as a result|the result was|the outcome was|which meant|meaning we|so that we|because of (?:her|his|their|them|him)|thanks to (?:her|his|their|them|him)|without (?:her|him|them|his|their)\b[^.]*\b(?:would|could)(?:n't|'ve| not| have))/i, weight: 2 },
  { re: /\b(?:helped|helping|helps|enabled|enabling|enables|allowed|allowing|empowered) (?:us|me|the team|our|the company|them|the business|the org|everyone|dozens|hundreds|\d+) (?:\w+ ){0,3}?(?:to )?(?:\w+)/i, weight: 2 },
  { re: /\b(?:on time|under budget|on budget|on schedule|instrumental in|key to|critical to|pivotal in|crucial to|contributed to|played an? (?:\w+ )?role in)\b/i, weight: 1 },
  { re: /\b(?:made it possible|ahead of schedule|went live|in production|adopted by|now used|still (?:use|used|in use|running)|became the (?:standard|default|go-to|blueprint|template)|was promoted|were promoted|got promoted|earned (?:a|her|his|their) promotion|record (?:year|quarter|month|sales|growth))\b/i, weight: 2 },
  { re: /\b(?:made|makes|helped) me (?:a )?(?:better|more|grow|become|feel)|\bi (?:became|grew|learned|learnt|now|still) \w+|\bgave (?:me|us|the team) (?:the )?(?:confidence|tools|space|freedom|room|clarity|courage)|\bchanged (?:how|the way) (?:i|we)\b|\bunder (?:her|his|their) (?:leadership|guidance|management|mentorship|direction),? (?:we|the team|our|i)\b/i, weight: 2 },
  { re: /\b(?:delivered|shipped|launched|completed|finished|released|rolled out|opened|founded|published|grew) (?:\w+ ){0,3}?(?:the|our|a|an|their|its|his|her|\d)/i, weight: 2 },
  { re: /\b(?:taught|showed) me (?:how|to|that|the value|what)\b/i, weight: 2 },
  { re: /\b(?:making|made|makes) (?:me|us|the team|everyone) (?:a |an )?(?:better|stronger|more|feel)\b/i, weight: 2 },
  { re: /\b(?:elevat|rais|improv|lift)(?:ed|es|ing) the (?:quality|standard|level|bar) of (?:our|the|their|his|her|its)\b|\b(?:instrumental|key|critical|crucial|pivotal|essential) (?:in|to|for) the success of\b/i, weight: 2 },
  { re: /\bhelp(?:ed|s|ing)? (?:(?:us|me|the team|our team) )?(?:to )?(?:launch|ship|release|identify|identifying|find|finding|fix|fixing|improve|improving|get|grow|build|deliver|finish|cut|reduce|win|close|open|move|turn)\b/i, weight: 2 },
  { re: /\b(?:a )?(?:huge|big|great|real|tremendous|massive) help (?:in|with|to|for)\b/i, weight: 2 },
  { re: /\bpush(?:ed|es)? (?:us|me|the team|everyone) to\b/i, weight: 2 },
  { re: /\b(?:foster(?:s|ed|ing)?|build(?:s|ing)?|built|creat(?:es|ed|ing)|shap(?:es|ed|ing)|contribut(?:ed|es|ing|ion)(?: \w+){0,3} (?:to|in)(?: building| creating)?) (?:a |an |the |our )?(?:[\w-]+ ){0,3}(?:culture|atmosphere|environment|team spirit|morale)\b/i, weight: 2 },
  { re: /\bensures? (?:that )?(?:the|our|every|each) (?:\w+ ){0,2}(?:meets?|hits?|ships?|runs?|stays?)\b/i, weight: 2 },
  { re: /\bchang(?:e|es|ing) (?:how|the way) (?:i|we|the team|our)\b|\bsuccessfully\b|\bup to speed\b|\bin time\b/i, weight: 2 },
  { re: /\b(?:taught|showed) me\b/i, weight: 1 },
  { re: /\b(?:impact|outcomes?|results?|revenue|retention|churn|conversion|adoption|efficiency|productivity|morale|engagement|satisfaction|nps|kpis?|metrics|roi|growth|savings|uptime|latency|throughput|pipeline|sales|profit|margins?|quota)\b/i, weight: 1 },
  { re: /\b\d[\d,]*\+? (?:users|customers|clients|people|engineers|members|employees|students|deals|leads|accounts|downloads|sign-?ups|tickets|stores|countries|markets|languages|releases|features|projects|hires|patients|volunteers|attendees|reports|teams|sites|apps)\b/i, weight: 1 },
];

/** An endorsement to a future reader. */
export const CLOSING_CUES: Cue[] = [
  { re: /\b(?:i|we)(?:'d| would| will| can| could| do)? (?:\w+ly |also |absolutely |definitely |certainly |truly |unreservedly |100% |without (?:any )?(?:hesitation|reservation)s?,? )*(?:recommend|endorse|vouch for)\b/i, weight: 2 },
  { re: /^(?:\w+ly )?recommend(?:ed)?\b|\b(?:highly|strongly|warmly|heartily|wholeheartedly|definitely|absolutely) recommend\b|\b(?:pleasure|happy|glad|proud|delighted|hono[u]?red|privilege|excited|thrilled|pleased) to (?:\w+ly )?(?:recommend|endorse)\b/i, weight: 2 },
  { re: /\bcan(?:'t|not|’t) recommend (?:\w+ ){0,3}(?:enough|highly enough|more highly)\b/i, weight: 2 },
  { re: /\b(?:highly|strongly|warmly|heartily|wholeheartedly|enthusiastically|unreservedly) recommended\b/i, weight: 2 },
  { re: /\bmy (?:highest|strongest|full|unreserved|wholehearted|warmest|top|unqualified|enthusiastic) (?:recommendation|endorsement)\b/i, weight: 2 },
  { re: /\b(?:work|partner|collaborate|team up) (?:with|for) (?:her|him|them|[A-Z]\w+) again\b/i, weight: 2 },
  { re: /\b(?:would|will|'d|’d)(?: \w+ly)?(?: (?:not hesitate|love|like|be \w+|jump at the chance|welcome the chance|welcome the opportunity) to)? (?:hire|rehire|re-hire|work with|work for|work alongside|partner with|team up with|employ|collaborate with|have (?:her|him|them) on)\b/i, weight: 2 },
  { re: /\bwithout (?:any )?(?:hesitation|reservations?|a second thought|thinking twice|a doubt)\b/i, weight: 2 },
  { re: /\b(?:any|every|your|the next) (?:\w+ ){0,2}(?:team|company|organi[sz]ation|employer|business|firm|group|startup|school|program|client|manager|leader|department)s? (?:would|will|should) (?:be (?:lucky|fortunate|privileged|happy|glad|well served|blessed)|benefit)\b/i, weight: 2 },
  { re: /\basset (?:to|for) (?:any|your|every|the next|whichever|whatever|an?)\b/i, weight: 2 },
  { re: /\bmakes? (?:him|her|them) (?:an? )?(?:\w+ )?asset\b|\byou (?:will|'ll) (?:never|not) be disappointed\b/i, weight: 2 },
  { re: /\bearned my (?:\w+ )?(?:recommendation|endorsement)\b|\byou can (?:trust|count on|rely on)\b|\b(?:will|would|'ll|'d) (?:\w+ )?(?:count on|call on|turn to|rely on) (?:him|her|them)\b/i, weight: 2 },
  { re: /\b(?:would|will) (?:make|be) (?:an? )?(?:\w+ ){0,2}(?:addition|asset|fit|hire|choice)\b/i, weight: 2 },
  { re: /\bif you (?:have|get|are given) (?:the )?(?:chance|opportunity)\b|\byou (?:will not|won't|won’t) (?:regret|be disappointed)\b|\b(?:hire|grab|snap up) (?:her|him|them)\b|\bdon'?t (?:hesitate|miss)\b/i, weight: 2 },
  { re: /\b(?:i am|i'm|i’m) (?:\w+ly )?(?:confident|certain|sure|convinced) (?:that )?(?:she|he|they|[a-z]+) (?:will|would)\b/i, weight: 2 },
  { re: /\bwill (?:continue to |keep )?(?:excel|thrive|succeed|shine|flourish|be an asset|be a great|do great|go far|bring|contribute|grow|make a|achieve)\b/i, weight: 2 },
  { re: /\b(?:i|we) (?:look|am looking|are looking) forward to (?:working|seeing|collaborating)\b|\b(?:lucky|fortunate) to have (?:her|him|them)\b|\b(?:every|any) (?:team|company|organi[sz]ation|manager|leader) (?:wants|needs|deserves|dreams of)\b|\btop of my list\b|\bfirst (?:person|call) (?:i|i'd|i’d)\b/i, weight: 2 },
];

export interface CueHit {
  score: number;
  /** A cue of weight PRESENT or more fired: the sentence does not rely on weak hints alone. */
  strong: boolean;
  shows: boolean;
  start: number;
  end: number;
}

/** Adds up the cues one sentence shows; start/end are the strongest cue's, relative to the sentence. */
export function scoreCues(sentence: string, cues: Cue[]): CueHit {
  let score = 0;
  let shows = false;
  let best: { w: number; start: number; end: number } | null = null;
  for (const cue of cues) {
    const m = cue.re.exec(sentence);
    if (!m) continue;
    score += cue.weight;
    shows ||= cue.shows === true;
    if (!best || cue.weight > best.w) best = { w: cue.weight, start: m.index, end: m.index + m[0].length };
  }
  return { score, strong: (best?.w ?? 0) >= PRESENT, shows, start: best?.start ?? 0, end: best?.end ?? 0 };
}
