import { parseExportDate, slashOrderOf, type SlashOrder } from '@/storage/export-dates';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('parseExportDate reads every format LinkedIn has used', () => {
  const cases: [string, SlashOrder, string][] = [
    ['07/21/09, 12:11 PM', 'mdy', '2009-07-21T12:11:00.000Z'],
    ['07/21/09, 12:11 AM', 'mdy', '2009-07-21T00:11:00.000Z'],
    ['1/5/24, 9:05 pm', 'mdy', '2024-01-05T21:05:00.000Z'],
    ['7/21/2009', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['21/07/2009', 'dmy', '2009-07-21T12:00:00.000Z'],
    ['05/07/2009', 'dmy', '2009-07-05T12:00:00.000Z'],
    ['2009-07-21', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['2009-07-21 12:11:05', 'mdy', '2009-07-21T12:11:05.000Z'],
    ['2009-07-21T12:11:05Z', 'mdy', '2009-07-21T12:11:05.000Z'],
    ['2009-07-21T12:11:05.123Z', 'mdy', '2009-07-21T12:11:05.000Z'],
    ['2009-07-21T14:11:05+02:00', 'mdy', '2009-07-21T12:11:05.000Z'],
    ['2009-07-21 12:11:05 UTC', 'mdy', '2009-07-21T12:11:05.000Z'],
    ['21 Jul 2009', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['15 Jan 2024', 'dmy', '2024-01-15T12:00:00.000Z'],
    ['15-Jan-2024', 'mdy', '2024-01-15T12:00:00.000Z'],
    ['1 September 2020', 'mdy', '2020-09-01T12:00:00.000Z'],
    ['1 Sept 2020', 'mdy', '2020-09-01T12:00:00.000Z'],
    ['Jul 21, 2009', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['July 21, 2009', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['Jul 21 2009', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['Tue, Jul 21, 2009', 'mdy', '2009-07-21T12:00:00.000Z'],
    ['July 21st, 2009 at 4:30 PM', 'mdy', '2009-07-21T16:30:00.000Z'],
    ['  29 Feb 2024  ', 'mdy', '2024-02-29T12:00:00.000Z'],
    ['05/05/2020', 'unknown', '2020-05-05T12:00:00.000Z'],
    ['13/05/2020', 'unknown', '2020-05-13T12:00:00.000Z'],
    ['05/13/2020', 'unknown', '2020-05-13T12:00:00.000Z'],
    // Month names in other languages, from Intl: es, de, fr, pt, it, nl, pl.
    ['02 Dic 2025', 'mdy', '2025-12-02T12:00:00.000Z'],
    ['15 Ene 2024', 'mdy', '2024-01-15T12:00:00.000Z'],
    ['14. März 2021', 'mdy', '2021-03-14T12:00:00.000Z'],
    ['3 févr. 2022', 'mdy', '2022-02-03T12:00:00.000Z'],
    ['21 de maio de 2020', 'mdy', '2020-05-21T12:00:00.000Z'],
    ['9 ott 2023', 'mdy', '2023-10-09T12:00:00.000Z'],
    ['4 mrt 2019', 'mdy', '2019-03-04T12:00:00.000Z'],
    ['7 wrz 2018', 'mdy', '2018-09-07T12:00:00.000Z'],
  ];
  it.each(cases)('%s (%s) → %s', (raw, order, iso) => {
    expect(parseExportDate(raw, order, NOW)?.toISOString()).toBe(iso);
  });
});

describe('parseExportDate refuses to guess', () => {
  const cases: [string, SlashOrder][] = [
    ['', 'mdy'],
    ['yesterday', 'mdy'],
    ['13/21/2009', 'mdy'], // no month 13 either way round
    ['21/07/2009', 'mdy'], // month-first file, day-first value
    ['02/30/2020', 'mdy'],
    ['29 Feb 2023', 'mdy'],
    ['2009-13-01', 'mdy'],
    ['05/07/2009', 'unknown'], // could be May or July
    ['07/21/09, 13:11 PM', 'mdy'],
    ['07/21/09, 12:61', 'mdy'],
    ['21 Foo 2009', 'mdy'],
    ['Ju 21, 2009', 'mdy'], // too short to be a month
    ['1999-07-21', 'mdy'], // before LinkedIn existed
    ['2031-07-21', 'mdy'], // in the future
    ['2009-07-21T12:11:05 Europe/Paris', 'mdy'],
    ['=cmd|calc', 'mdy'],
  ];
  it.each(cases)('%s (%s) → null', (raw, order) => {
    expect(parseExportDate(raw, order, NOW)).toBeNull();
  });
});

describe('slashOrderOf decides a file’s slash-date order from its own evidence', () => {
  const cases: [string[], SlashOrder][] = [
    [[], 'mdy'],
    [['07/08/09'], 'mdy'],
    [['07/21/09, 12:11 PM', '07/08/09'], 'mdy'],
    [['21/07/2009', '07/08/2009'], 'dmy'],
    [['21/07/2009', '07/21/2009'], 'unknown'],
    [['15 Jan 2024', '2009-07-21'], 'mdy'],
  ];
  it.each(cases)('%j → %s', (raws, order) => {
    expect(slashOrderOf(raws)).toBe(order);
  });
});
