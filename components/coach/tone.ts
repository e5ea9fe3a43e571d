import type { MessageKey } from '@/components/i18n/t';

/**
 * Words that cost a recommendation its credibility: corporate filler (jargon) and what does not
 * belong in a public, professional text (slang, emoji, private matters, jokes and nicknames).
 * Each entry is [pattern, the name of its short reason]; patterns are global so every occurrence gets its span.
 */
export type ToneRule = [RegExp, MessageKey];

export const JARGON: ToneRule[] = [
  [/\bsynerg(?:y|ies|ize|ise|ized|ised|izing|ising|istic)\b/gi, 'tone.synergy'],
  [/\bleverag(?:ed|es|ing)\b|\b(?:to|will|can|could|would|should|we|they|i|and|who) leverage\b|\bleverage (?:the|a|an|our|her|his|their|its|this|these|those|existing|new|every|all|data|ai)\b/gi, 'tone.leverage'],
  [/\bgo-?getter\b/gi, 'tone.goGetter'],
  [/\bthink(?:s|ing)? outside (?:of )?the box\b|\bout-?of-?the-?box think(?:er|ing)\b|\boutside[- ]the[- ]box\b/gi, 'tone.outsideBox'],
  [/\brock ?stars?\b|\bsuperstars?\b|\bninjas?\b|\ba (?:true |real )?unicorn\b|\ban? (?:\w+ )?(?:guru|wizard)\b|\b10x (?:engineer|developer|dev)\b/gi, 'tone.techLabel'],
  [/\bresults?[- ](?:driven|oriented|focused)\b|\bself[- ]starter\b|\bdynamic (?:individual|professional|leader|person)\b|\bthought leader(?:ship)?\b/gi, 'tone.cvFiller'],
  [/\bmove the needle\b|\blow[- ]hanging fruit\b|\bcircle back\b|\bparadigm shift\b|\bbest[- ]of[- ]breed\b|\bbest[- ]in[- ]class\b|\bvalue[- ]add(?:ed)?\b|\bdeep[- ]dive\b|\bgame[- ]?changer\b|\bwheelhouse\b|\bcore competenc(?:y|ies)\b|\bhit the ground running\b|\btake (?:it|things) to the next level\b|\bboil the ocean\b|\btouch base\b|\bwin-win\b|\bactionable insights?\b|\bhigh[- ]octane\b|\bempower(?:ing|ment)? (?:stakeholders|synerg)/gi, 'tone.corporate'],
];

export const UNPROFESSIONAL: ToneRule[] = [
  [/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*|(?<![\w/])(?:[:;=][-']?[)(DPp3/\\|]|<3|xD|XD|\^_\^)(?![\w])/gu, 'tone.emoji'],
  [/\b(?:lol|lmao|rofl|omg|omfg|wtf|tbh|imo|imho|idk|btw|ngl|smh|brb|haha+|hehe+|jk|just kidding|dude|bro|bruh|broski|gonna|wanna|gotta|kinda|sorta|yeah|yep|nope|cuz|coz|ur|u (?:r|are|will|can|should|won't|know|rock)|thx|pls|plz|legit|dope|beast mode|a beast|an absolute legend|a legend|legendary dude|crush(?:ed|es|ing) it|kill(?:ed|s|ing) it|slay(?:s|ed|ing)?|vibes?|bae|bestie|hella|no cap|fam|freaking|frickin|friggin|damn|hell of a|badass|kick-?ass|ass|shit|crap|fuck\w*|sucks?|chill|awesomesauce|insanely|crazy (?:good|smart|talented))\b/gi, 'tone.slang'],
  [/!{2,}|\?{3,}/g, 'tone.punctuation'],
  [/\b(?:her|his) (?:husband|wife|spouse|boyfriend|girlfriend|kids?|children|son|daughter|baby|family life|looks)\b|\b(?:her|his|their) (?:divorce|pregnancy|illness|health|diagnosis|surgery|cancer|salary|pay|paycheck|bonus|weight|age|religion|faith|politics|love life|dating life|drinking)\b/gi, 'tone.private'],
  [/\b(?:maternity|paternity|sick|medical|bereavement) leave\b|\bpregnan(?:t|cy)\b|\bdivorc(?:e|ed|ing)\b|\bchemo(?:therapy)?\b|\bcancer\b|\bdiagnos(?:ed|is) with\b|\b(?:her|his|their) (?:depression|anxiety|burnout|disability)\b|\bsingle (?:mom|mum|dad|mother|father)\b|\b(?:salary|salaries|underpaid|overpaid|pay rise|pay raise)\b|\bhow much (?:she|he|they) (?:earns?|made|makes)\b/gi, 'tone.privateHealth'],
  [/\b(?:she|he|they)(?:'s| is| was| are) (?:\w+ ){0,2}(?:hot|sexy|cute|gorgeous|handsome|pretty|beautiful|attractive|single)\b|\b(?:hot|sexy|cute|gorgeous|handsome|pretty|beautiful|attractive) (?:woman|man|girl|guy|lady|smile|face|eyes|looks)\b|\bgood[- ]looking\b|\beasy on the eyes\b/gi, 'tone.looks'],
  [/\b(?:we|i|everyone|the team) (?:all )?(?:call|called|calls) (?:her|him|them)\b|\baka\b|\ba\.k\.a\.|\bknown (?:to us )?as ["“']|\binside joke\b|\bdrinking buddy\b|\bparty animal\b|\bhangovers?\b|\bdrunk\b/gi, 'tone.nicknames'],
];
