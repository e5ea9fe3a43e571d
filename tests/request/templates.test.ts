import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, TEMPLATE_KINDS } from '@/storage/builtin-templates';
import { checkRequest } from '@/components/request/checks';
import { REQUEST_GROUPS } from '@/storage/relationships';
import { joinNaturally, renderTemplate, tidy, variablesIn, type TemplateVars } from '@/components/request/templates';

const FULL: TemplateVars = {
  firstName: 'Sam',
  myName: 'Jordan',
  project: 'the Atlas billing migration',
  period: '2023',
  strengths: ['calm debugging', 'clear writing', 'mentoring new hires'],
  result: 'invoice errors fell by 40%',
  company: 'Northwind',
};

describe('joinNaturally', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', ' ', 'B'], 'A and B'],
    [['A', 'a', 'B'], 'A and B'],
    [['  spaced   out ', 'B'], 'spaced out and B'],
  ])('%j gives %j', (items, joined) => {
    expect(joinNaturally(items)).toBe(joined);
  });
});

describe('renderTemplate', () => {
  it.each([
    ['fills every variable', 'Hi {firstName}, from {myName}: {project} in {period} at {company}; {strengths}; {result}.', FULL,
      'Hi Sam, from Jordan: the Atlas billing migration in 2023 at Northwind; calm debugging, clear writing and mentoring new hires; invoice errors fell by 40%.'],
    ['joins two strengths', 'You could mention {strengths}.', { strengths: ['A', 'B'] }, 'You could mention A and B.'],
    ['takes strengths as a string', 'You could mention {strengths}.', { strengths: 'grit' }, 'You could mention grit.'],
    ['drops a missing name without a stray space', 'Hi {firstName}, thanks!', {}, 'Hi, thanks!'],
    ['drops an optional sentence whose variable is missing', 'Hello.[ We built {project}.] Bye.', {}, 'Hello. Bye.'],
    ['keeps an optional sentence whose variable is there', 'Hello.[ We built {project}.] Bye.', { project: 'Atlas' }, 'Hello. We built Atlas. Bye.'],
    ['drops a nested part alone', 'Hi.[ On {project}[ in {period}].] Bye.', { project: 'Atlas' }, 'Hi. On Atlas. Bye.'],
    ['drops the outer part when its own variable is missing', 'Hi.[ On {project}[ in {period}].] Bye.', { period: '2023' }, 'Hi. Bye.'],
    ['leaves no empty parentheses', 'We met at work ({company}).', {}, 'We met at work.'],
    // Wording around a missing value cannot be guessed (an optional [part] is for that); only the space goes.
    ['leaves no space before a comma where a value is missing', 'Thanks for {project}, and everything.', {}, 'Thanks for, and everything.'],
    ['leaves no dangling "and" before a full stop', 'I valued {strengths} and {result}.', { strengths: ['care'] }, 'I valued care.'],
    ['collapses the doubled spaces a missing value leaves', 'We worked on {project} together.', {}, 'We worked on together.'],
    ['removes a trailing full stop a user typed in a value', 'We built {project}.', { project: 'Atlas.' }, 'We built Atlas.'],
    ['drops unknown variables', 'Hi {nickname}!', {}, 'Hi!'],
    ['keeps escaped brackets and braces', 'Use \\[this\\] and \\{that\\}.', {}, 'Use [this] and {that}.'],
    ['keeps an unclosed bracket as text', 'A [note about {project}', { project: 'X' }, 'A [note about X'],
    ['keeps paragraphs but not a blank line left by a dropped one', 'Hi.\n\n[{project} rocks.]\n\nBye.', {}, 'Hi.\n\nBye.'],
    ['treats blank values as missing', 'Hi.[ {project}.]', { project: '   ' }, 'Hi.'],
  ])('%s', (_what, template, vars, out) => {
    expect(renderTemplate(template, vars)).toBe(out);
  });
});

describe('tidy', () => {
  it.each([
    ['a  b', 'a b'],
    ['a , b', 'a, b'],
    ['a ,, b', 'a, b'],
    ['a , .', 'a.'],
    ['( )x', 'x'],
    [', starts here', 'starts here'],
    ['ends. .', 'ends.'],
    ['Really?!', 'Really?!'],
    ['Wait...', 'Wait...'],
  ])('%j becomes %j', (input, out) => {
    expect(tidy(input)).toBe(out);
  });
});

describe('built-in templates', () => {
  it('has three for every group and kind', () => {
    for (const group of REQUEST_GROUPS) {
      for (const kind of TEMPLATE_KINDS) {
        expect(BUILT_IN_TEMPLATES.filter((t) => t.group === group && t.kind === kind), `${group}/${kind}`).toHaveLength(3);
      }
    }
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s renders cleanly with and without talking points', (_id, t) => {
    for (const vars of [FULL, { firstName: 'Sam' }, {}, { firstName: 'Sam', strengths: ['care'] }, { firstName: 'Sam', project: 'Atlas' }]) {
      const text = renderTemplate(t.body, vars);
      expect(text).not.toMatch(/[{}[\]]/);
      expect(text).not.toMatch(/ {2}| [,.;:!?]|\(\s*\)|^[ \t]|[ \t]$/m);
      expect(text).not.toMatch(/\b(?:on|in|at|about|and) [.,]/);
    }
    expect(variablesIn(t.body)).toContain('firstName');
  });

  it.each(BUILT_IN_TEMPLATES.filter((t) => t.kind === 'request').map((t) => [t.id, t] as const))(
    '%s passes every check when rendered with realistic talking points',
    (_id, t) => {
      const text = renderTemplate(t.body, FULL);
      expect(checkRequest(text, { firstName: 'Sam', maxLength: 3000 })).toEqual([]);
      const lighter = renderTemplate(t.body, { firstName: 'Sam', myName: 'Jordan', project: 'the Atlas billing migration', strengths: ['calm debugging', 'clear writing'] });
      expect(checkRequest(lighter, { firstName: 'Sam', maxLength: 3000 })).toEqual([]);
    },
  );

  it('flags a request template rendered with no talking points as unspecific, so the user fills them in', () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.kind === 'request')!;
    const kinds = checkRequest(renderTemplate(t.body, { firstName: 'Sam' }), { firstName: 'Sam' }).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['no-specifics', 'vague-ask']));
  });
});
