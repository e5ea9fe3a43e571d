import { sentenceCount, splitSentences } from '@/components/shared/sentences';

describe('sentenceCount', () => {
  it.each([
    ['', 0],
    ['   \n  ', 0],
    ['One sentence.', 1],
    ['No final full stop', 1],
    ['First one. Second one without a stop', 2],
    ['Dr. Lee and Mr. Park met Ms. Chan. They agreed.', 2],
    ['She ran the U.S. expansion and the U.K. launch. It went well.', 2],
    ['She moved to the U.S. She led the team there.', 2],
    ['He joined Acme Inc. in 2019. He left in 2022.', 2],
    ['He worked at Acme Inc. She worked at Beta Ltd. They met later.', 3],
    ['Tools, e.g. Figma and Jira, i.e. the usual ones, etc. were all in use. Fine.', 2],
    ['It was us vs. them. We won.', 2],
    ['She scored 3.5 out of 4. Impressive.', 2],
    ['We moved from v2.1.3 to v3.0 and Node 18.x. Nothing broke.', 2],
    ['Read more at https://acme.com/blog/post.html today. Or mail jane.doe@acme.co.uk now.', 2],
    ['- Led the migration\n- Cut costs\n- Mentored two juniors', 3],
    ['• Led the migration.\n• Cut costs.', 2],
    ['Highlights:\n1. Led the migration\n2. Cut costs by 30%\n3. Hired the team', 3], // a lead-in ending in ":" is not a sentence
    ['She did three things: planned, coded and shipped. Then she left.', 2],
    ['Great teammate 🙌 She shipped the app. Thanks 🎉', 3],
    ['She is great! 🎉🎉', 1],
    ['Wait... what? Really?! Yes!!', 3],
    ['It was hard... But she did it.', 2],
    ['I was, well... impressed. Truly.', 2],
    ['I worked with Jane\nat Acme for three years.', 1],
    ['I worked with Jane for three years\nShe led our design team', 2],
    ['Paragraph one\n\nparagraph two', 2],
    ['He said "this is done." Then he shipped it.', 2],
    ['Line one.\r\nLine two.', 2],
    ['John F. Kennedy spoke. So did J. R. R. Tolkien.', 2],
    ['Her Ph.D. work was on graphs. She then joined us.', 2],
    ['The price rose approx. 20 percent in Jan. 2021. Odd.', 2],
  ])('%j has %i sentences', (text, n) => {
    expect(sentenceCount(text)).toBe(n);
  });
});

describe('splitSentences', () => {
  it('gives trimmed spans that point into the text', () => {
    const text = '  I managed Ana.  She shipped it!\n- Bullet one ';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['I managed Ana.', 'She shipped it!', 'Bullet one']);
  });

  it('keeps a trailing emoji with its sentence', () => {
    const text = 'She is great! 🎉';
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('handles 3,000 characters', () => {
    const text = 'I managed Dr. Ana Ruiz at Acme Inc. for 3.5 years. '.repeat(60).slice(0, 3000);
    expect(sentenceCount(text)).toBe(59);
  });
});
