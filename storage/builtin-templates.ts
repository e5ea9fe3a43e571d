import { REQUEST_GROUPS, type RequestGroup } from './relationships';
import type { Language } from './settings';

/** What a template is for: the request itself, or one of the messages around it. */
export const TEMPLATE_KINDS = ['request', 'heads-up', 'follow-up', 'thank-you', 'offer'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface BuiltInTemplate {
  id: string;
  group: RequestGroup;
  kind: TemplateKind;
  name: string;
  body: string;
}

const SIGN = '\n\n[{myName}]';

/** How a relationship is spoken of in the shorter messages around a request. */
export interface Tie {
  together: string;
  gift: string;
  /** German: whether this person is addressed as Sie (the other languages use one form for all). */
  formal?: boolean;
}
export type Frame = [name: string, body: (t: Tie) => string];

/**
 * One language's built-in texts: the requests written per relationship, and the other kinds as
 * frames filled with that relationship's ties. Each language is written in its own words, not
 * translated; every template keeps the English one's id, place and variables.
 */
export interface TemplateTexts {
  requests: Record<RequestGroup, [name: string, body: string][]>;
  ties: Record<RequestGroup, Tie>;
  frames: Record<Exclude<TemplateKind, 'request'>, Frame[]>;
}

// Each group's requests are written for that relationship; square brackets mark sentences that
// need a talking point, so a template still reads well before the user has filled any in.
const REQUESTS: TemplateTexts['requests'] = {
  manager: [
    [
      'Looking back on your team',
      "Hi {firstName},\n\nI hope all is well with you! I've been thinking about my time on your team[ at {company}][ in {period}], and how much I grew while working for you.[ Our work on {project} is still one of the things I'm proudest of.]\n\nWould you be willing to write me a short LinkedIn recommendation?[ If it helps, you could mention {strengths}.][ The outcome might be worth a line too: {result}.]\n\nIf you're too busy or it doesn't feel right, no worries at all. Thank you for considering it, and for all your support." + SIGN,
    ],
    [
      'A chapter I value',
      "Hi {firstName}, I hope you're doing well! Working for you[ at {company}] was one of the best chapters of my career so far, and I'm gathering a few LinkedIn recommendations from people who saw my work up close. Would you feel comfortable writing one for me?[ The piece of work I'd love it to cover is {project}[ in {period}].][ If anything stood out, {strengths} would be great to mention.][ It would also be lovely to note the outcome: {result}.] Only if you have the time, of course; I'd understand completely if not. Thanks so much for everything you taught me." + SIGN,
    ],
    [
      'Short and direct',
      "Hi {firstName}! Would you be up for writing me a brief recommendation on LinkedIn?[ You knew my work on {project} better than anyone.][ I'd most like a future team to hear about {strengths}.] I'm happy to send a few notes if that makes it easier, and it's completely fine to say no. Thank you, and I hope the team is thriving." + SIGN,
    ],
  ],
  senior: [
    [
      'Learning alongside you',
      "Hi {firstName}, I hope you're well! Working alongside you[ on {project}][ in {period}] taught me a lot about doing this work properly, and I'd be honoured to have a LinkedIn recommendation from you.[ If you'd like a starting point, you could speak to {strengths}.][ I'm still proud of how it turned out: {result}.] Of course, if your plate is full or you'd rather not, that's absolutely fine. Thank you for considering it!" + SIGN,
    ],
    [
      'From a little further up',
      "Hi {firstName},\n\nI'm updating my LinkedIn profile and would really value a short recommendation from you, as someone who saw my work[ on {project}] from a little further up.[ Things like {strengths} would be the most helpful to hear about.][ It might also help to mention the result: {result}.]\n\nWould you be open to it? If not, no worries at all. Either way, thanks for all the advice over the years." + SIGN,
    ],
    [
      'Generous with your time',
      "Hi {firstName}! I've always appreciated how generous you were with your time[ at {company}]. Would you consider writing me a brief LinkedIn recommendation?[ Our work on {project} would be a natural focus.][ If you remember {strengths}, those would be wonderful to mention.] I know you're busy, so please only if you have a spare moment, and no hard feelings if you can't. Thank you!" + SIGN,
    ],
  ],
  peer: [
    [
      'Side by side',
      "Hey {firstName}! I had such a good time working side by side with you[ on {project}][ in {period}]. I'm gathering a few LinkedIn recommendations, and yours would mean a lot.[ Maybe something about {strengths}?][ You could also mention how it turned out: {result}.] No worries if you're busy, and I'd be glad to write one for you in return. Thanks a lot!" + SIGN,
    ],
    [
      'You saw it first-hand',
      "Hi {firstName}, I hope things are good on your side! Would you be willing to write me a short recommendation on LinkedIn?[ You saw first-hand how I handled {project}, so a couple of lines on that would be ideal.][ I'd especially love it if you mentioned {strengths}.] If you're too busy or it's not your thing, totally fine. Thanks so much, and I'm happy to return the favour anytime." + SIGN,
    ],
    [
      'Great teammate',
      "{firstName}, it's been great being your teammate[ at {company}]. I'd really appreciate a short LinkedIn recommendation from you, if you're up for it.[ Anything about our work on {project} would be perfect.][ Feel free to mention {strengths} if they come to mind.] Let me know if you'd like one from me too. And if not, no worries at all! Thank you." + SIGN,
    ],
  ],
  report: [
    [
      'Your perspective',
      "Hi {firstName}, I hope you're doing well! I really enjoyed working with you[ on {project}][ in {period}], and I'd love to add your perspective to my LinkedIn profile. Would you be willing to write a short recommendation about what it was like to work with me?[ It would be great to hear about {strengths} from someone who saw it day to day.] Please don't feel any obligation, and no worries if you'd rather not. Thank you!" + SIGN,
    ],
    [
      'A view from the team',
      "Hi {firstName}, having you on the team[ at {company}] was a real privilege. A recommendation from someone I worked with day to day would mean a lot, since it shows a side of my work that a manager can't. Would you feel comfortable writing one?[ If it helps, you could talk about {project}.][ I'd also love to hear whether {strengths} came through for you.] Entirely up to you, and thanks either way." + SIGN,
    ],
    [
      'Worked closely',
      "Hi {firstName}! I'm asking a few people I've worked closely with for LinkedIn recommendations, and your view matters to me.[ Our time on {project} is probably the best example.][ Anything you noticed about {strengths} would be really valuable.] Would you be open to writing a few lines? No pressure at all, and thank you for considering it." + SIGN,
    ],
  ],
  mentor: [
    [
      'Your guidance',
      "Hi {firstName}, I hope you're well! Your guidance[ during {period}] made a real difference to me, and I'd be grateful for a short LinkedIn recommendation from you.[ You saw how I approached {project}, so that could be a good anchor.][ If you'd like, you could mention {strengths}.] Only if you have the time and feel comfortable, of course. Thank you for everything you've shared with me." + SIGN,
    ],
    [
      'Our conversations',
      "Dear {firstName},\n\nOur conversations have shaped how I work more than you might know.[ Putting your advice into practice on {project} taught me a great deal.] Would you consider writing me a brief LinkedIn recommendation?[ A few words on {strengths} would be wonderful.][ You might also mention the result: {result}.]\n\nIf it's not a good moment, I completely understand. Thank you so much." + SIGN,
    ],
    [
      'From my mentor',
      "Hi {firstName}! Thank you again for all the time you've given me. I'm building up my LinkedIn profile, and a recommendation from my mentor would mean a lot.[ Maybe something about how I grew through {project}?][ It would be lovely if you touched on {strengths}.] If you're too busy, no worries at all." + SIGN,
    ],
  ],
  client: [
    [
      'If you were happy with it',
      "Hi {firstName}, I hope all is well[ at {company}]! It was a pleasure working with you[ on {project}][ in {period}]. If you were happy with how it went, would you be willing to write me a short LinkedIn recommendation?[ You could mention the outcome: {result}.][ It would be great to hear about {strengths} from a client's point of view.] No worries if now isn't a good time. Thank you for your trust!" + SIGN,
    ],
    [
      'Collecting client words',
      "Hi {firstName},\n\nThank you again for choosing to work with me[ on {project}]. I'm collecting a few recommendations from clients on LinkedIn, and one from you would mean a great deal.[ If anything stood out, {strengths} would be wonderful to mention.][ Feel free to mention the result too: {result}.]\n\nOnly if you're comfortable with it, of course, and no hard feelings if not." + SIGN,
    ],
    [
      'A highlight for me',
      "Hi {firstName}! Working with you[ on {project}] was a highlight for me. Would you consider writing a brief LinkedIn recommendation about it?[ A line or two on {strengths} would be plenty.][ The result might be worth a mention as well: {result}.] If you'd rather not, I completely understand. Thanks so much!" + SIGN,
    ],
  ],
  classmate: [
    [
      'For a classmate',
      "Hey {firstName}! I loved working with you[ on {project}][ in {period}]. I'm building up my LinkedIn profile, and a recommendation from a classmate who saw my work up close would mean a lot.[ Maybe a few lines about {strengths}?] No worries if you're busy, and I'd be happy to write one for you too. Thanks!" + SIGN,
    ],
    [
      'For a teacher',
      "Dear {firstName},\n\nI really enjoyed your class[ in {period}], and I learned a great deal from it.[ Working on {project} under your guidance was a highlight.] Would you be willing to write me a short LinkedIn recommendation?[ It would be wonderful if you could mention {strengths}.]\n\nIf you don't have the time, I completely understand. Thank you for all your help and encouragement." + SIGN,
    ],
    [
      'Either way round',
      "Hi {firstName}, I hope the term is going well![ I still think about our work on {project}.] Would you feel comfortable writing a brief recommendation for my LinkedIn profile?[ Anything about {strengths} would be really helpful.] Totally fine to say no, and thank you for considering it." + SIGN,
    ],
  ],
};

const TIES: TemplateTexts['ties'] = {
  manager: { together: 'working on your team', gift: 'the way you backed me' },
  senior: { together: 'working alongside you', gift: 'how generously you shared what you know' },
  peer: { together: 'working side by side with you', gift: 'how you made even the hard weeks fun' },
  report: { together: 'working with you on the team', gift: 'the care you put into everything we did' },
  mentor: { together: 'learning from you', gift: 'your guidance' },
  client: { together: 'working with you', gift: 'the trust you placed in me' },
  classmate: { together: 'our time in class together', gift: 'all the help you gave me along the way' },
};

const FRAMES: TemplateTexts['frames'] = {
  'heads-up': [
    [
      'Checking first',
      (t) =>
        `Hi {firstName}, I hope things are going well[ at {company}]! I've been thinking back on ${t.together}[ on {project}], and how much I valued ${t.gift}. I'm gathering a few LinkedIn recommendations, and yours would mean a lot to me. Would you be open to writing a short one? If you're swamped or it doesn't feel right, just say so: no hard feelings at all. Thank you either way!`,
    ],
    [
      'Before anything formal',
      (t) =>
        `Hi {firstName}! A question before I send anything formal: I'm refreshing my LinkedIn profile, and a few words from you about ${t.together}[ on {project}] would be wonderful.[ You could mention {strengths}, if that matches what you saw.] Happy to take a no, of course, and thanks for considering it.`,
    ],
    [
      'Not out of the blue',
      (t) =>
        `Hi {firstName}, it's been a while since ${t.together}[ in {period}], and I still think of it often. I'd love to ask you for a short LinkedIn recommendation, and wanted to check with you here first rather than have a request land out of the blue. No pressure at all. Let me know what you think, and thank you!`,
    ],
  ],
  'follow-up': [
    [
      'Back to the top',
      (t) =>
        `Hi {firstName}, I'm just bringing my recommendation request back to the top of your inbox in case it slipped by.[ If you'd still like to write it, a few lines on {strengths} would be more than enough.] If life got busy or you'd rather not, that's completely fine. Thanks again for considering it, and for ${t.gift}.`,
    ],
    [
      'Making sure it reached you',
      (t) =>
        `Hi {firstName}, I hope all is well! A while back I asked whether you'd write me a short recommendation about ${t.together}[ on {project}]. No rush whatsoever: I only wanted to make sure the request reached you. And if now isn't a good time, no worries at all. Thank you!`,
    ],
    [
      'A gentle nudge',
      (t) =>
        `Hi {firstName}, a gentle nudge about the LinkedIn recommendation, only in case it got buried.[ If notes help: {strengths}[, and the result, {result}].] If you'd rather skip it, I completely understand. Thanks so much, and I still think fondly of ${t.together}.`,
    ],
  ],
  'thank-you': [
    [
      'It made my week',
      (t) =>
        `Hi {firstName}, thank you so much for the recommendation! Reading it made my week, and it means a lot coming from you after ${t.together}[ on {project}]. If there's ever anything I can do for you, please just ask.`,
    ],
    [
      'Rereading it',
      () =>
        "Hi {firstName}, your recommendation is up on my profile and I keep rereading it.[ I especially loved that you mentioned {strengths}.] Thank you for taking the time; I know how busy you are. I'd be glad to return the favour whenever it suits you.",
    ],
    [
      'Kind words',
      (t) =>
        `Hi {firstName}! A big thank-you for the kind words on LinkedIn. I've never forgotten ${t.gift}, so hearing this from you means even more. Thanks again!`,
    ],
  ],
  offer: [
    [
      'Anything to highlight?',
      (t) =>
        `Hi {firstName}, I'd love to write you a LinkedIn recommendation, because ${t.together}[ on {project}] left a real impression on me. Is there anything in particular you'd like me to highlight? And if you'd rather not have one right now, no worries at all. Thank you for everything!`,
    ],
    [
      'Returning the favour',
      () =>
        "Hi {firstName}, thank you again for the recommendation! I'd be glad to return the favour. If you tell me a couple of things you'd like me to focus on, I'll draft something and send it to you to check first. Totally fine if you'd rather pass.",
    ],
    [
      'On the record',
      (t) =>
        `Hi {firstName}, I've meant to write a recommendation for you for a while: ${t.gift} deserves to be on the record. Would that be welcome? If so, tell me what would help most for where you're headed next. Thanks!`,
    ],
  ],
};

function build(texts: TemplateTexts): readonly BuiltInTemplate[] {
  const out: BuiltInTemplate[] = [];
  for (const group of REQUEST_GROUPS) {
    // The English requests carry their signature in the text; the other languages' get it here.
    texts.requests[group].forEach(([name, body], i) =>
      out.push({ id: `builtin:${group}:request:${i + 1}`, group, kind: 'request', name, body: body.endsWith(SIGN) ? body : body + SIGN }),
    );
    for (const kind of TEMPLATE_KINDS) {
      if (kind === 'request') continue;
      texts.frames[kind].forEach(([name, body], i) =>
        out.push({ id: `builtin:${group}:${kind}:${i + 1}`, group, kind, name, body: body(texts.ties[group]) + SIGN }),
      );
    }
  }
  return Object.freeze(out);
}

/** Vouch's own templates in English: three per relationship group and kind. The user may edit or reset them. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = build({ requests: REQUESTS, ties: TIES, frames: FRAMES });

/** The other languages' texts: each a chunk of its own, read the first time that language is wanted. */
const OTHER_TEXTS: Record<Exclude<Language, 'en'>, () => Promise<TemplateTexts>> = {
  de: () => import('./template-texts/de').then((m) => m.DE),
  fr: () => import('./template-texts/fr').then((m) => m.FR),
  es: () => import('./template-texts/es').then((m) => m.ES),
  pt_BR: () => import('./template-texts/pt_BR').then((m) => m.PT_BR),
};
const BUILT = new Map<Language, Promise<readonly BuiltInTemplate[]>>([['en', Promise.resolve(BUILT_IN_TEMPLATES)]]);

/**
 * The built-ins written in `lang`, with the same ids as the English ones: an edit or a send made
 * in one language stays attached to the same template in every other.
 */
export function builtInTemplates(lang: Language): Promise<readonly BuiltInTemplate[]> {
  let built = BUILT.get(lang);
  if (!built) {
    built = OTHER_TEXTS[lang as Exclude<Language, 'en'>]().then(build);
    BUILT.set(lang, built);
    // A chunk that could not be read is tried again next time.
    built.catch(() => BUILT.delete(lang));
  }
  return built;
}

/** Looks a built-in up by id (the same in every language): its place, and its English text. */
const BY_ID = new Map(BUILT_IN_TEMPLATES.map((t) => [t.id, t]));
export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return BY_ID.get(id);
}

export function isTemplateKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}
