import { describe, expect, it } from 'vitest';
import { checkRequest, type CheckKind } from '@/components/request/checks';

const kinds = (text: string, ctx: Parameters<typeof checkRequest>[1] = {}) => checkRequest(text, ctx).map((f) => f.kind);
const spanOf = (text: string, kind: CheckKind, ctx: Parameters<typeof checkRequest>[1] = {}) => {
  const f = checkRequest(text, ctx).find((x) => x.kind === kind);
  return f ? text.slice(f.start, f.end) : null;
};
const spansOf = (text: string, kind: CheckKind) =>
  checkRequest(text, {})
    .filter((x) => x.kind === kind)
    .map((f) => text.slice(f.start, f.end));

/** Warm, specific requests of the kind people really send: none may get any finding. */
const GOOD = [
  "Hi Priya,\n\nI hope you're doing well! I've been reflecting on the two years I spent on your analytics team at Brightwave, and I'm so grateful for everything you taught me. Would you be open to writing a short LinkedIn recommendation about my work? If it helps, you could mention the churn model I built in 2022 and how I presented results to leadership. No pressure at all if you're busy.\n\nThanks so much,\nDaniel",
  "Dear Mr. Thompson, I really enjoyed your Organic Chemistry class last fall and learned a lot in the lab sessions. I'm applying for research internships and would be grateful if you'd consider writing a brief recommendation on LinkedIn speaking to my lab technique and reliability. I completely understand if you don't have the time. Thank you!",
  'Hey Marco! Loved working with you on the checkout redesign. Would you be up for writing me a quick LinkedIn rec? Something about how I handled the A/B testing and worked with design would be amazing. Totally fine if not, and happy to write one for you too. Thanks!',
  'Hi Aisha, it was a pleasure partnering with you on your website relaunch this spring. If you were happy with the results, would you consider leaving a short recommendation on LinkedIn? It would be great if you could mention the 30% jump in online bookings. Only if you have a moment, of course. Many thanks, Leo',
  "Hi Tom, I hope all's well at Fenwick. I'm updating my LinkedIn profile and would love a recommendation from you. Working with you on the Q3 sales kickoff was a highlight, especially pulling together the partner workshops. If you're comfortable, a few lines on my event planning and vendor management would be wonderful. Either way, thank you for being such a great colleague!",
  "Hi Katrina, I really enjoyed working with you during our capstone project. I'm building my LinkedIn presence and would be grateful if you'd feel comfortable writing me a short recommendation. It would mean a lot if you could mention how we worked together on the backend API and how I helped with debugging. Thank you for your consideration.",
  "Sam, it’s been a while! I still think about the onboarding revamp we shipped together. Would you be willing to write a few lines for my LinkedIn profile about my facilitation and documentation work? Whenever suits you, and no worries at all if not. Thank you!",
  "Hi Jessica, I hope you're doing well! I'm updating my LinkedIn profile and was hoping you might be willing to write a recommendation for me. I really enjoyed working with you at Initech, and your perspective on my work on the spring marketing campaign would be valuable. If you're able to, it would be great if you could speak to my project management skills and my ability to work under tight deadlines. Of course, I'd be happy to return the favor. Thanks so much for considering it! Best, John",
  "Dear Professor Alvarez, I hope this finds you well. I took your Statistics 301 seminar in spring 2022 and really valued your feedback on my regression project. Would you be willing to write a short LinkedIn recommendation about my analytical skills? I understand completely if your schedule doesn't allow it. Thank you for considering my request. Kind regards, Maya",
  'hi tom, hope all good. would u write me a rec for linkedin? maybe about the hackathon we did? no stress if not. ty!',
  "Hello Anna,\n\nIt was a real pleasure working with you at Globex over the last three years. As you know, I'm moving on to a new role, and I'd be grateful if you could write a few words about my time on the support team, particularly how I redesigned our escalation process and trained new hires. I plan to update my profile next month. No pressure at all, and thank you!\n\nWarmly,\nBen",
];

/** Requests with the classic mistakes, and what must be flagged in each. */
const BAD: [string, string[]][] = [
  ['I need a LinkedIn recommendation from you. Please write it today. I helped you a lot last year so you owe me.', ['no-name', 'no-specifics', 'pressure', 'vague-ask', 'no-thanks', 'no-easy-out']],
  ["Hey! Can you please recommend me on LinkedIn? I'm applying for jobs and need some recommendations quickly.", ['no-name', 'no-specifics', 'pressure', 'vague-ask', 'no-thanks', 'no-easy-out']],
  ['Hi Dana, could you write me a recommendation before my interview on Thursday? I would really appreciate it.', ['pressure', 'no-specifics', 'vague-ask', 'no-thanks', 'no-easy-out']],
  ['Hi Dana, can you write me one in the next few hours? I really need it.', ['pressure', 'no-specifics', 'vague-ask', 'no-thanks', 'no-easy-out']],
  ['Hi Dana, can you write me one?', ['no-specifics', 'vague-ask', 'no-thanks', 'no-easy-out']],
];

describe('checkRequest: the classic mistakes are caught', () => {
  it.each(BAD)('%s', (text, expected) => {
    expect(new Set(kinds(text))).toEqual(new Set(expected));
  });
});

describe('checkRequest: a warm, specific request gets nothing', () => {
  it.each(GOOD)('%#', (text) => {
    expect(checkRequest(text, { maxLength: 3000 })).toEqual([]);
  });

  it('gives nothing to check in an empty box', () => {
    expect(checkRequest('   ', {})).toEqual([]);
  });

  it('returns the exact shape the panel highlights', () => {
    const [f] = checkRequest('Can you write me a recommendation?', {});
    expect(Object.keys(f!).sort()).toEqual(['end', 'kind', 'message', 'said', 'severity', 'start']);
    expect(['error', 'warning', 'info']).toContain(f!.severity);
  });
});

describe('no-name', () => {
  it.each([
    ['Hello there, would you write me a recommendation about the Atlas work? Thanks, no worries if not.', {}, 'Hello there'],
    ['Hi, would you write me a recommendation about the Atlas work? Thanks, no worries if not.', {}, 'Hi'],
    ['Would you write me a recommendation about the Atlas work? Thanks, no worries if not.', {}, 'Would'],
    ['Hi Sam, would you write me a recommendation about the Atlas work? Thanks, no worries if not.', { firstName: 'Alex' }, 'Sam'],
    ['Hi there, would you write me a recommendation about the Atlas work? Thanks, no worries if not.', { firstName: 'Alex' }, 'Hi there'],
    ['Hi [Name], would you write me a recommendation about the Atlas work? Thanks, no worries if not.', { firstName: 'Sam' }, '[Name]'],
    ['Hope you are well, and thanks! Would you write me a recommendation about the Atlas work? No worries if not.', {}, 'Hope'],
  ])('fires: %s', (text, ctx, span) => {
    expect(spanOf(text, 'no-name', ctx)).toBe(span);
  });

  it.each([
    ['Hi Sam, would you write me a recommendation about the Atlas work? Thanks!', {}],
    ['Dear Dr. Okafor, would you write me a recommendation about the Atlas work? Thanks!', {}],
    // A slot for the name addresses the person; with no name known there is nothing to put in it.
    ['Hi [Name], would you write me a recommendation about the Atlas work? Thanks!', {}],
    ['Dear ____, would you write me a recommendation about the Atlas work? Thanks!', {}],
    ['Hi, {{ first_name }}\nWould you write me a recommendation about the Atlas work? Thanks!', {}],
    ['Sam, would you write me a recommendation about the Atlas work? Thanks!', { firstName: 'Sam' }],
    ['Hi Alex, would you write me a recommendation about the Atlas work? Thanks!', { firstName: 'Alexandra' }],
    ['Hi José, would you write me a recommendation about the Atlas work? Thanks!', { firstName: 'Jose' }],
    ['Good morning Ana! Would you write me a recommendation about the Atlas work? Thanks!', { firstName: 'Ana' }],
    ['Would you write me a recommendation, Sam? The Atlas work would be the focus. Thanks!', { firstName: 'Sam' }],
    ["Hope you're well, Sam! Would you write me a recommendation about the Atlas work? Thanks!", {}],
    ['Dear Professor Okafor, would you write me a recommendation about the Atlas work? Thanks!', { firstName: 'Ngozi' }],
    ['hi sam, would you write me a recommendation about the Atlas work? Thanks!', {}],
  ])('does not fire: %s', (text, ctx) => {
    expect(kinds(text, ctx)).not.toContain('no-name');
  });
});

describe('no-specifics', () => {
  it.each([
    'Hi Sam, can you write me a recommendation? Thanks, no worries if not.',
    'Hi Sam, I really enjoyed working with you. Would you write a recommendation for me? Thank you, and no pressure.',
    'Hey Sam! Hope you are well. Could you recommend me on LinkedIn? It would mean a lot. No worries if you are busy.',
    'Hi Sam, can you write me a recommendation? No worries if not. Thanks so much, Jordan Smith',
    'Hi Sam, can you write me a recommendation? No worries if not, and thank you! - Jordan Smith',
    // A period or a place says when and where, not what to write about.
    'Hi Sam, I loved our time together in 2021. Would you write me a recommendation? Thanks, no worries if not.',
    "Hi Sam, we've known each other for 10+ years. Would you write me a recommendation? Thanks, no worries if not.",
  ])('fires: %s', (text) => {
    expect(kinds(text)).toContain('no-specifics');
  });

  it.each([
    ['a named project', 'Hi Sam, would you write me a recommendation about my work on Project Falcon? Thanks, no worries if not.'],
    ['a skill', 'Hi Sam, would you write me a recommendation about my stakeholder management? Thanks, no worries if not.'],
    ['a task', 'Hi Sam, would you write a recommendation about how I debugged the release? Thanks, no worries if not.'],
    ['a result', 'Hi Sam, would you write me a recommendation? We cut support tickets by a third. Thanks, no worries if not.'],
    ['a topic', 'Hi Sam, if you enjoyed your experience using the booking tool, would you write me a recommendation? Thanks, no worries if not.'],
    ['a qualified work noun', 'Hi Sam, would you write me a recommendation about the data migration? Thanks, no worries if not.'],
  ])('does not fire with %s', (_what, text) => {
    expect(kinds(text)).not.toContain('no-specifics');
  });

  it('points at the sentence that asks', () => {
    expect(spanOf('Hi Sam! Can you write me a recommendation? Thanks!', 'no-specifics')).toBe('Can you write me a recommendation?');
  });
});

describe('pressure', () => {
  it.each([
    ['Hi Sam, please write me a recommendation about the Atlas migration ASAP. Thanks!', 'ASAP'],
    ['Hi Sam, could you write a recommendation about the Atlas migration by Friday? Thanks!', 'by Friday'],
    ['Hi Sam, could you send the recommendation about the Atlas migration tonight? Thanks!', 'tonight'],
    ['Hi Sam, I need a recommendation about the Atlas migration before my interview. Thanks!', 'before my interview'],
    ['Hi Sam, I really need it: a recommendation about the Atlas migration. Thanks!', 'I really need it'],
    ['Hi Sam, this is urgent: a recommendation about the Atlas migration, please. Thanks!', 'this is urgent'],
    ['Hi Sam, could you write a recommendation about the Atlas migration right away? Thanks!', 'right away'],
    ['Hi Sam, I need some recommendations quickly for my job search, maybe one about the Atlas migration. Thanks!', 'I need some recommendations'],
    ['Hi Sam, a few words on the Atlas migration would help. Ideally by the end of the week. Thanks!', 'by the end of the week'],
    ['Hi Sam, my deadline for applications is close; a recommendation about the Atlas migration would help. Thanks!', 'deadline'],
    ['Hi Sam, I wrote you one last year, so I hope you can return it with a few words on Atlas. Thanks!', 'I wrote you one last year, so'],
    ['Hi Sam, you owe me one: a recommendation about the Atlas migration. Thanks!', 'you owe me'],
    ["Hi Sam, my interview is on Monday, so I'd love a recommendation about the Atlas migration. Thanks!", 'interview is on Monday'],
    ['Hi Sam, a recommendation about the Atlas migration within 48 hours would be great. Thanks!', 'within 48 hours'],
    ['Hi Sam, could you write a few lines on the Atlas migration in the next couple of hours? Thanks!', 'in the next couple of hours'],
    ['Hi Sam, could you write a few lines on the Atlas migration in an hour or so? Thanks!', 'in an hour'],
    ['Hi Sam, would you write a few lines on the Atlas migration before my panel? Thanks!', 'before my panel'],
    ['Hi Sam, would you write a few lines on the Atlas migration ahead of our board review? Thanks!', 'ahead of our board review'],
  ])('fires: %s', (text, span) => {
    expect(spansOf(text, 'pressure')).toContain(span);
  });

  it.each([
    'Hi Sam, no rush at all: would you write a recommendation about the Atlas migration? Thanks!',
    "Hi Sam, there's no deadline; a recommendation about the Atlas migration whenever suits you. Thanks!",
    "Hi Sam, it's not urgent in any way. Would you write a recommendation about the Atlas migration? Thanks!",
    "Hi Sam, please don't feel you have to write it. A recommendation about the Atlas migration would be lovely. Thanks!",
    'Hi Sam, by leading the Atlas migration you taught me a lot. Would you write me a recommendation? Thanks!',
    'Hi Sam, I hope you had a lovely weekend! Would you write a recommendation about the Atlas migration? Thanks!',
    "Hi Sam, before I left Acme we shipped Atlas together. Would you write me a recommendation? I'd be glad to return the favour. Thanks!",
    'Hi Sam, I immediately felt at home on your team. Would you write a recommendation about the Atlas migration? Thanks!',
    'Hi Sam, you saw me handle urgent escalations on Atlas. Would you write a recommendation about that? Thanks!',
    'Hi Sam, could you mention how I work under tight deadlines and kept the Atlas migration on track? Thanks!',
    'Hi Sam, by the end of the month we had migrated every Atlas customer. Would you write a recommendation about it? Thanks!',
    'Hi Sam, we resolved support tickets within 24 hours on Atlas. Would you write a recommendation about that work? Thanks!',
    "Hi Sam, thanks for your kind words on Atlas; I'll publish them as soon as possible. Would you also post a recommendation? No worries if not.",
  ])('does not fire: %s', (text) => {
    expect(kinds(text)).not.toContain('pressure');
  });
});

describe('vague-ask', () => {
  it.each([
    ['Hi Sam, can you write me a recommendation? Thanks, no worries if not.', 'a recommendation'],
    ['Hi Sam, we had a great time at Acme in 2021. Would you write me a LinkedIn recommendation? Thanks, no worries if not.', 'a LinkedIn recommendation'],
    ['Hi Sam, could you recommend me? Thank you, and no pressure.', 'recommend me'],
  ])('fires: %s', (text, span) => {
    expect(spanOf(text, 'vague-ask')).toBe(span);
  });

  it.each([
    'Hi Sam, could you write me a recommendation mentioning my negotiation skills? Thanks, no worries if not.',
    'Hi Sam, could you write me a recommendation about the Atlas launch? Thanks, no worries if not.',
    'Hi Sam, I led the vendor review with you. Thanks for everything, by the way.',
  ])('does not fire: %s', (text) => {
    expect(kinds(text)).not.toContain('vague-ask');
  });
});

describe('no-thanks', () => {
  it.each([
    'Hi Sam, would you write me a recommendation about the Atlas launch? No worries if not.',
    'Hi Sam, write me a recommendation about the Atlas launch.\n\nJo',
    // Gratitude only promised, or "it would mean a lot", asks politely but thanks no one.
    "Hi Sam, I'd be grateful for a recommendation about the Atlas launch. No worries if not.",
    'Hi Sam, I would really appreciate a recommendation about the Atlas launch. No worries if not.',
    'Hi Sam, a recommendation about the Atlas launch would mean a lot. No worries if not.',
  ])('fires: %s', (text) => {
    expect(kinds(text)).toContain('no-thanks');
  });

  it('points at the last real sentence, not the signature', () => {
    expect(spanOf('Hi Sam, would you write me a recommendation about the Atlas launch? No worries if not.\n\nJo', 'no-thanks')).toBe(
      'No worries if not.',
    );
  });

  it.each([
    'Hi Sam, would you write me a recommendation about the Atlas launch? No worries if not. Thanks!',
    'Hi Sam, I really appreciate all your help on the Atlas launch. Would you write me a recommendation? No worries if not.',
    'Hi Sam, would you write me a recommendation about the Atlas launch? No worries if not. Cheers, Jo',
  ])('does not fire: %s', (text) => {
    expect(kinds(text)).not.toContain('no-thanks');
  });
});

describe('no-easy-out', () => {
  it.each([
    'Hi Sam, please write me a recommendation about the Atlas launch. Thanks!',
    'Hi Sam, would you be willing to write me a recommendation about the Atlas launch? Thanks!',
    'Hi Sam, it would be great if you could mention my debugging in a recommendation. Thanks!',
  ])('fires: %s', (text) => {
    expect(kinds(text)).toContain('no-easy-out');
  });

  it.each([
    "Hi Sam, would you write me a recommendation about the Atlas launch? No worries if you're busy. Thanks!",
    'Hi Sam, if you have time, would you write a recommendation about the Atlas launch? Thanks!',
    "Hi Sam, if you're comfortable with it, a recommendation about the Atlas launch would be great. Thanks!",
    'Hi Sam, would you write a recommendation about the Atlas launch? Totally understand if not. Thanks!',
    "Hi Sam, would you feel comfortable writing a recommendation about the Atlas launch? Thanks!",
    'Hi Sam, would you write a recommendation about the Atlas launch? Feel free to say no. Thanks!',
    'Hi Sam, would you write a recommendation about the Atlas launch? All good if you can\'t. Thanks!',
    "Hi Sam, would you write a recommendation about the Atlas launch? Please don't feel obligated. Thanks!",
  ])('does not fire: %s', (text) => {
    expect(kinds(text)).not.toContain('no-easy-out');
  });
});

describe('too-long', () => {
  const text = 'Hi Sam, would you write a recommendation about the Atlas launch? No worries if not. Thanks!';

  it('fires past the limit and points at the overflow', () => {
    const f = checkRequest(text, { maxLength: 50 }).find((x) => x.kind === 'too-long');
    expect(f).toMatchObject({ severity: 'error', start: 50, end: text.length });
  });

  it('counts UTF-16 code units, as the browser maxlength does', () => {
    const emoji = `${text} 🙏🙏`; // a space and two emoji of two code units each
    expect(emoji.length).toBe(text.length + 5);
    expect(kinds(emoji, { maxLength: text.length + 5 })).toEqual([]);
    expect(kinds(emoji, { maxLength: text.length + 4 })).toContain('too-long');
  });

  it.each([[undefined], [0], [text.length]])('does not fire with maxLength %s', (maxLength) => {
    expect(kinds(text, { maxLength })).not.toContain('too-long');
  });
});

describe('generic-default', () => {
  it.each([
    "I'm sending this to ask you for a brief recommendation of my work that I can include in my LinkedIn profile. If you have any questions, let me know. Thanks in advance for helping me out.",
    "Dear Sam,\n\nI'm sending this to ask you for a brief recommendation of my work that I can include in my LinkedIn profile. If you have any questions, let me know.\n\nThanks in advance for helping me out.\n\n-Jo Park",
    'Hi Sam, can you write me a recommendation?',
    'Hey Sam!! Can you write me a recommendation',
    'Can you write me a recommendation?',
    'Hi Sam, would you be willing to write a recommendation for me? Thanks!',
    'Hello Samantha — could you write me a recommendation? Thanks, Jo',
  ])('fires: %s', (text) => {
    expect(kinds(text, { firstName: 'Sam' })).toContain('generic-default');
  });

  it.each([
    GOOD[0]!,
    'Hi Sam, can you write me a recommendation about the Atlas migration? You saw how I handled the vendor side. Thanks, and no worries if not.',
  ])('does not fire on a message of your own: %#', (text) => {
    expect(kinds(text)).not.toContain('generic-default');
  });
});
