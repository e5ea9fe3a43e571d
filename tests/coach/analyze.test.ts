import { FINDING_KINDS, analyzeRecommendation, type FindingKind, type PartName } from '@/components/coach/analyze';
import { STRONG, WEAK } from './samples';

const kinds = (text: string, opts = {}) => analyzeRecommendation(text, opts).findings.map((f) => f.kind);
const has = (text: string, part: PartName) => analyzeRecommendation(text).parts[part] !== null;
const flagged = (text: string, kind: FindingKind) =>
  analyzeRecommendation(text).findings.filter((f) => f.kind === kind).map((f) => text.slice(f.start, f.end));

describe('analyzeRecommendation: shape', () => {
  it('returns parts, sentence count and findings with spans inside the text', () => {
    const a = analyzeRecommendation(WEAK.fluff);
    expect(Object.keys(a).sort()).toEqual(['findings', 'language', 'parts', 'sentenceCount', 'sentences']);
    expect(Object.keys(a.parts).sort()).toEqual(['closing', 'context', 'impact', 'skills']);
    for (const f of a.findings) {
      expect(Object.keys(f).sort()).toEqual(['end', 'kind', 'message', 'said', 'start']);
      expect(FINDING_KINDS).toContain(f.kind);
      expect(0 <= f.start && f.start < f.end && f.end <= WEAK.fluff.length).toBe(true);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('says nothing about an empty box', () => {
    expect(analyzeRecommendation('  ')).toEqual({
      parts: { context: null, skills: null, impact: null, closing: null },
      sentenceCount: 0,
      sentences: [],
      findings: [],
      language: 'en',
    });
  });

  it('gives each part the span of the sentence it was found in', () => {
    const t = STRONG.managerOfReport;
    const { parts } = analyzeRecommendation(t);
    expect(t.slice(parts.context!.start, parts.context!.end)).toMatch(/^I managed Priya/);
    expect(t.slice(parts.impact!.start, parts.impact!.end)).toMatch(/40%/);
    expect(t.slice(parts.closing!.start, parts.closing!.end)).toMatch(/without hesitation\.$/);
  });

  it('keeps spans right with curly apostrophes', () => {
    const t = 'I’ve known Ana since 2019, when she joined our clinic. She’s a great person and she set up our night triage rota. I’d recommend her.';
    const a = analyzeRecommendation(t);
    expect(a.parts.context).not.toBeNull();
    expect(flagged(t, 'cliche')).toContain('a great person');
  });

  it('says which parts each sentence carries, in reading order', () => {
    const t = STRONG.managerOfReport;
    const { sentences } = analyzeRecommendation(t);
    expect(sentences.map((s) => t.slice(s.start, s.end))[0]).toMatch(/^I managed Priya/);
    expect(sentences.map((s) => s.parts)).toEqual([['context'], expect.arrayContaining(['impact']), expect.arrayContaining(['skills']), ['closing']]);
  });
});

describe('strong recommendations in several styles', () => {
  it.each(Object.entries(STRONG))('%s has all four parts and no vague, no-specifics or no-impact finding', (_, text) => {
    const a = analyzeRecommendation(text);
    expect(a.parts).toEqual({ context: expect.any(Object), skills: expect.any(Object), impact: expect.any(Object), closing: expect.any(Object) });
    const found = a.findings.map((f) => f.kind);
    for (const k of ['vague', 'no-specifics', 'no-impact', 'unprofessional', 'jargon', 'too-short'] as const) expect(found).not.toContain(k);
  });
});

describe('weak recommendations', () => {
  it.each([
    ['onlyPraise', ['vague', 'no-specifics', 'no-impact', 'too-short']],
    ['adjectives', ['vague', 'too-short']],
    ['fluff', ['vague', 'no-specifics', 'no-impact']],
    ['noImpact', ['no-impact']],
    ['casual', ['unprofessional', 'no-specifics', 'too-short']],
    ['jargon', ['jargon', 'no-specifics', 'no-impact']],
    ['private', ['unprofessional']],
    ['generic', ['vague', 'no-specifics', 'no-impact']],
    ['extraMile', ['vague', 'no-specifics', 'no-impact']],
  ] as const)('%s gets %j', (key, expected) => {
    const found = kinds(WEAK[key]);
    for (const k of expected) expect(found).toContain(k);
  });
});

describe('context', () => {
  it.each([
    'I worked with Jane for three years.',
    'I had the pleasure of working alongside Omar on the data platform.',
    'As her manager at Acme, I saw her grow every quarter.',
    'Lucia reported to me during 2021.',
    'Kenji was my mentor when I started out.',
    'We collaborated on the merger in 2019.',
    'During our years at Initech, Ravi sat next to me.',
    'I have known Bea since 2015.',
    'I was lucky enough to study with Max at Delft.',
    'Zoe worked for me at Northwind.',
    'Anna joined my team in early 2020.',
    'He is the best manager I ever had.',
    'Our team at Acme relied on him from 2018 to 2021.',
    'I had the pleasure of working with Ines at both Fabrikam and Litware.',
    "I've had the privilege of mentoring Ola through her first year.",
    'Based on my time working with Jonas on the billing project, I can say a lot.',
    'Tariq and I were classmates.',
    'I mentored Ana.',
    'We hired Bo straight out of school.',
    'Wen is a thoughtful and generous colleague.',
    'Mia was a key part of the night-shift team.',
  ])('finds it in %j', (t) => expect(has(t, 'context')).toBe(true));

  it.each([
    // Working together, with nothing about who, where or when, is not context.
    'I have worked with Jane and she is good at planning.',
    'She is one of the kindest nurses I have had the pleasure of working with.',
    'Jane is smart.',
    'She shipped the new checkout.',
    'I highly recommend him for any role.',
    'Acme is lucky to have her.',
    'He was at Acme for three years.',
  ])('does not find it in %j', (t) => expect(has(t, 'context')).toBe(false));
});

describe('skills', () => {
  it.each([
    'She has a rare ability to turn messy data into clear stories.',
    'He is skilled at negotiating with difficult suppliers.',
    'Nadia rebuilt our onboarding flow in a week.',
    'His problem-solving skills saved the release.',
    'She excels at explaining complex topics to executives.',
    'Designed the component library used across the app.',
    'He knows how to calm a room when a launch goes wrong.',
    'She is patient with new hires, for example pairing with each one in their first week.',
    // A personal quality is a skill too, in any field.
    'He is patient and kind.',
    'She is humble, approachable and highly communicative.',
    'A meticulous, calm nurse.',
  ])('finds them in %j', (t) => expect(has(t, 'skills')).toBe(true));

  it.each([
    'She is a great person.',
    'He is nice and friendly.',
    'She always does a great job.',
    'I recommend her.',
    'She always helps everyone.',
    'He brings a positive attitude to every meeting.',
  ])('does not find them in %j', (t) => expect(has(t, 'skills')).toBe(false));
});

describe('impact', () => {
  it.each([
    'Her changes cut our cloud bill by 30%.',
    'Sales grew from $2M to $3.5M in a year.',
    'He reduced onboarding time from six weeks to three.',
    'Because of her work, we shipped two weeks early.',
    'The tool he wrote is still used by every team.',
    'Under his leadership, we doubled the size of the team.',
    'Her coaching helped me become a confident speaker.',
    'His redesign led to a 12-point rise in satisfaction.',
    'She launched the new store ahead of schedule.',
    'We went live with zero downtime thanks to him.',
    'Her reviews steadily raised the quality of our lesson plans.',
    'His patience made me a better teacher.',
    'She fostered a calm atmosphere where new nurses asked for help.',
    'He was instrumental in the success of our spring fundraiser.',
  ])('finds it in %j', (t) => expect(has(t, 'impact')).toBe(true));

  it.each([
    'She is a great person.',
    'I worked with him for three years.',
    'He writes clean code.',
    'I highly recommend her.',
    'She is very organised and always on time.',
    // A judgement of the work is not a change.
    'She always exceeded my expectations.',
    'He brought great energy to the team.',
  ])('does not find it in %j', (t) => expect(has(t, 'impact')).toBe(false));
});

describe('closing', () => {
  it.each([
    'I recommend Jane for any product role.',
    'I would highly recommend him.',
    'Any team would be lucky to have her.',
    'I would hire her again without hesitation.',
    'I can’t recommend Sam highly enough.',
    'He would be an asset to any engineering team.',
    'It is my pleasure to recommend Lea.',
    'I am confident she will excel wherever she goes.',
    'If you have the chance to work with Tom, take it.',
    'Highly recommended.',
    'I would gladly work with him again.',
    'You will never be disappointed by her.',
    'His calm makes him an asset on any ward.',
    'She has earned my recommendation.',
    'I am sure she will continue to grow as a leader.',
  ])('finds it in %j', (t) => expect(has(t, 'closing')).toBe(true));

  it.each(['She is a great person.', 'I worked with Jane for three years.', 'He cut costs by 20%.', 'She recommended tools to the team.'])(
    'does not find it in %j',
    (t) => expect(has(t, 'closing')).toBe(false),
  );
});

describe('vague: the whole text gives nothing to check', () => {
  it.each([
    'John is a great guy and a hard worker. I highly recommend him.',
    'She is a pleasure to work with.',
    'Smart, reliable, creative, hardworking.',
    'Maria is dedicated, passionate and talented.',
    'I worked with Raj at Acme for two years. He is very talented and a true team player. I recommend him.',
    // A deed anyone could be praised for does not make a text concrete.
    "I've known Tom for years. He is a great leader and always delivers results. He really improved our processes. Highly recommended.",
    'Working with Raj was a great experience. He is very knowledgeable and professional. He helped our team a lot. I would recommend him.',
    // A whole field named broadly, or a setting alone, is not concrete either.
    'Lin worked on both front-end and back-end tasks at Globex. She is humble, open to feedback and quick to adapt. Any team would be lucky to have her.',
    'Omar taught in our school for three years. He is caring, organised and always ready to help his colleagues.',
    'I worked with Ida at both Fabrikam and Litware. She is a kind, upbeat colleague with a strong design background.',
    'I was lucky to work with Finn. Finn always surpassed my expectations and is a truly great person.',
    'Lea is kind and generous. She created a positive atmosphere and built a strong team around her.',
  ])('fires once, over the whole text: %j', (t) => {
    const a = analyzeRecommendation(t);
    const vague = a.findings.filter((f) => f.kind === 'vague');
    expect(vague).toHaveLength(1);
    expect(t.slice(vague[0]!.start, vague[0]!.end)).toBe(t.trim());
    expect(kinds(t)).not.toContain('cliche');
  });

  it.each([
    ['a warm adjective in a specific text', STRONG.warmButSpecific],
    ['praise with a task in the same sentence', 'He is a hard worker who rebuilt our billing system in two weeks.'],
    ['praise with a figure in the next sentence', 'She is a great engineer. She cut our build time from 40 minutes to 6.'],
    ['a recommendation after an example', 'Lena ran our discovery workshops and shipped the store early. I highly recommend her.'],
    ['no praise at all', 'I worked with Jane at Acme. She wrote our API docs.'],
    ['praise with a helping hand and a result', 'She is a great engineer. She helped our team cut release time from two days to an hour.'],
    ['praise with a named thing', 'He is a great leader. He improved our deployment pipeline for the Atlas launch.'],
    ["a nurse's own detail", 'Grace was my charge nurse for two years. She is calm and kind, and she kept our ward running through the night shifts.'],
    ["a teacher's own detail", 'I mentored Paul in his first year of teaching. He is a true team player and his lesson plans for the reading group were the best in the school.'],
    ["a seller's own detail", 'Dana sold for me for three years. She is a hard worker who opened a new territory and kept every renewal.'],
    ['a named tool', 'Ravi is a great colleague and very knowledgeable. He knows Kubernetes inside out.'],
    ['a specialty', 'Kim was my best payroll accountant. She is reliable and careful.'],
    ['a name in mixed case', 'Sol is a very talented developer. He knows iOS better than anyone I know.'],
  ])('does not fire on %s', (_, t) => {
    expect(kinds(t)).not.toContain('vague');
  });
});

describe('cliche: a stock phrase in a specific text', () => {
  it('marks each stock phrase, gently, and not as vague', () => {
    const t = STRONG.warmButSpecific;
    expect(flagged(t, 'cliche')).toEqual(expect.arrayContaining(['a great person', 'highly recommend']));
    const f = analyzeRecommendation(t, { name: 'Ben' }).findings.find((x) => x.kind === 'cliche')!;
    expect(f.message).toMatch(/show it instead/i);
    expect(f.message).toMatch(/Ben/);
  });

  it('leaves a specific text without stock phrases alone', () => {
    expect(kinds(STRONG.managerOfReport)).not.toContain('cliche');
  });
});

describe('no-specifics', () => {
  it('fires when nothing concrete is said anywhere', () => {
    expect(kinds(WEAK.fluff)).toContain('no-specifics');
    expect(kinds('She is a really nice person and everyone likes her a lot.')).toContain('no-specifics');
    expect(kinds('Working with Raj was a great experience. He is very knowledgeable and professional. He helped our team a lot. I would recommend him.')).toContain('no-specifics');
  });
  it('does not fire with one concrete example, nor on a few words just typed', () => {
    expect(kinds('I worked with Dave. He writes clean SQL and explains his dashboards clearly.')).not.toContain('no-specifics');
    expect(kinds('Jane is great')).not.toContain('no-specifics');
  });
});

describe('no-impact', () => {
  it('fires when no outcome is stated, pointing at the skills sentence', () => {
    const t = WEAK.noImpact;
    expect(flagged(t, 'no-impact')).toEqual(['He writes clean SQL and explains his dashboards clearly to non-technical colleagues.']);
  });
  it('suggests a result from the notes that the text does not mention yet', () => {
    const f = analyzeRecommendation(WEAK.noImpact, { name: 'Dave', notes: ['Built the churn dashboard; churn fell 8% after'] }).findings;
    expect(f.find((x) => x.kind === 'no-impact')!.message).toMatch(/churn fell 8% after/);
  });
  it('does not fire once a result is there, nor on a few words', () => {
    expect(kinds(`${WEAK.noImpact} His churn model saved us $40k a year.`)).not.toContain('no-impact');
    expect(kinds('Dave writes SQL')).not.toContain('no-impact');
  });
});

describe('unprofessional', () => {
  it.each([
    ['Best boss ever 😍', '😍'],
    ['She is awesome lol.', 'lol'],
    ['He totally crushed it!!', 'crushed it'],
    ['We all call him "Mad Max" because of his driving.', 'We all call him'],
    ['She came back from maternity leave and took over the team.', 'maternity leave'],
    ['He stayed on top of things through his divorce.', 'his divorce'],
    ['Her salary was below market but she never complained.', 'Her salary'],
    ['She is also very pretty.', 'She is also very pretty'],
    ['Great job :) thanks', ':)'],
  ])('fires on %j at %j', (t, phrase) => {
    expect(flagged(t, 'unprofessional')).toContain(phrase);
  });
  it.each([
    'She designed a beautiful onboarding flow.',
    'He set up the U.S. office and hired its first team.',
    'She led the therapy unit at St. Mary’s for six years.',
    'He ran our customer health scores and cut churn.',
    'She called the shots on the budget and raised $2M.',
    'We moved to the new Jira epic workflow.',
    'Time spent: 8) weeks',
  ])('does not fire on %j', (t) => {
    expect(kinds(t)).not.toContain('unprofessional');
  });
});

describe('jargon', () => {
  it.each([
    ['He leveraged his network to close the deal.', 'leveraged'],
    ['We need to leverage our data.', 'to leverage'],
    ['Real synergy between teams.', 'synergy'],
    ['A true go-getter.', 'go-getter'],
    ['She thinks outside the box.', 'thinks outside the box'],
    ['He is a rockstar developer.', 'rockstar'],
    ['A results-driven professional.', 'results-driven'],
    ['He is a coding ninja.', 'ninja'],
    ['She is a self-starter.', 'self-starter'],
  ])('fires on %j at %j', (t, phrase) => {
    expect(flagged(t, 'jargon')).toContain(phrase);
  });
  it.each(['Her negotiating gave us leverage in the deal.', 'She used the network bandwidth tests to find the bug.', 'He rocks climbing walls on weekends.'])(
    'does not fire on %j',
    (t) => expect(kinds(t)).not.toContain('jargon'),
  );
});

describe('length', () => {
  const sentence = 'She cut our build time by 20% on the Apollo project. ';
  it('too-long fires past five sentences, pointing at the sixth onwards', () => {
    const t = sentence.repeat(6).trim();
    const spans = flagged(t, 'too-long');
    expect(spans).toEqual([sentence.trim()]);
  });
  it('too-long fires near the character limit even in few sentences', () => {
    const t = `I worked with Jane at Acme and ${'she improved every single thing she touched, '.repeat(60)}thanks.`;
    expect(t.length).toBeGreaterThan(2700);
    expect(kinds(t)).toContain('too-long');
    expect(kinds(t.slice(0, 900), { maxLength: 1000 })).toContain('too-long');
  });
  it('gives the limit as a number, for each language to write its own way', () => {
    const t = `I worked with Jane at Acme and ${'she improved every single thing she touched, '.repeat(60)}thanks.`;
    const f = analyzeRecommendation(t).findings.find((x) => x.kind === 'too-long')!;
    expect(f.said).toEqual({ key: 'coachSays.nearFull', slots: { max: 3000 } });
  });
  it('too-long does not fire at five sentences', () => {
    expect(kinds(sentence.repeat(5))).not.toContain('too-long');
  });
  it('too-short fires under three sentences or very few words', () => {
    expect(kinds('I recommend Jane.')).toContain('too-short');
    expect(kinds('Great. Hire her. Now.')).toContain('too-short');
  });
  it('too-short does not fire on three full sentences', () => {
    expect(kinds(STRONG.peerShort)).not.toContain('too-short');
  });
});

describe('speed', () => {
  it('reads 3,000 characters of mixed text correctly', () => {
    const parts = [STRONG.narrative, STRONG.bullets, WEAK.casual, WEAK.jargon, STRONG.client];
    let t = '';
    for (let i = 0; t.length < 3000; i++) t += `${parts[i % parts.length]}\n\n`;
    t = t.slice(0, 3000);
    const a = analyzeRecommendation(t, { name: 'Aisha', notes: ['grew revenue 20%'] });
    expect(a.sentenceCount).toBeGreaterThan(15);
    expect(a.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['too-long', 'unprofessional', 'jargon']));
    expect(a.parts.impact).not.toBeNull();
  });
});
