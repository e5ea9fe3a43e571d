import { strToU8, zipSync } from 'fflate';
import { connectionProfileId, decodeCsv, mendUnquotedDateComma } from '@/storage/export-tables';
import { exportFileKind, parseLinkedInExport } from '@/storage/linkedin-export';
import {
  BOM,
  buildExportZip,
  claimSize,
  CONNECTIONS_HEADER,
  CONNECTIONS_NOTES,
  currentExport,
  lines,
  olderExport,
  REC_HEADER,
} from '../fixtures/exports/build';

const parse = (files: Record<string, string | Uint8Array>) => parseLinkedInExport(buildExportZip(files));

describe('exportFileKind', () => {
  const cases: [string, ReturnType<typeof exportFileKind>][] = [
    ['Recommendations_Received.csv', 'received'],
    ['Recommendations Received.csv', 'received'],
    ['a/b/c/recommendations_received.CSV', 'received'],
    ['Recommendations_Given.csv', 'given'],
    ['Basic_LinkedInDataExport_01-01-2024/Recommendations Given.csv', 'given'],
    ['Connections.csv', 'connections'],
    ['Profile.csv', 'other-export'],
    ['Email Addresses.csv', 'other-export'],
    ['__MACOSX/._Connections.csv', null],
    ['x/._Connections.csv', null],
    ['Connections.txt', null],
    ['My Connections.csv', null],
    ['Recommendations.csv', null],
  ];
  it.each(cases)('%s → %s', (path, kind) => expect(exportFileKind(path)).toBe(kind));
});

describe('decodeCsv', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', strToU8('a,b'), 'a,b'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]), 'aé'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x61]), 'a'],
  ];
  it.each(cases)('%s', (_, bytes, text) => expect(decodeCsv(bytes)).toBe(text));
});

describe('mendUnquotedDateComma', () => {
  const cases: [string, string[], number, number[], string[]][] = [
    ['joins a split date and time', ['A', '07/21/09', ' 12:11 PM', 'V'], 3, [1], ['A', '07/21/09, 12:11 PM', 'V']],
    ['joins a 24-hour time', ['07/21/09', ' 16:11', 'X'], 2, [0], ['07/21/09, 16:11', 'X']],
    ['tries each date column', ['07/21/09', ' 16:11', 'X'], 2, [-1, 0], ['07/21/09, 16:11', 'X']],
    ['leaves a row of the right width', ['A', '07/21/09, 12:11 PM', 'V'], 3, [1], ['A', '07/21/09, 12:11 PM', 'V']],
    ['leaves a split that is not a time', ['A', 'x', ' y', 'V'], 3, [1], ['A', 'x', ' y', 'V']],
    ['leaves two extra fields', ['A', '07/21/09', ' 12:11 PM', 'x', 'V'], 3, [1], ['A', '07/21/09', ' 12:11 PM', 'x', 'V']],
    ['ignores an absent date column', ['A', '07/21/09', ' 12:11 PM', 'V'], 3, [-1], ['A', '07/21/09', ' 12:11 PM', 'V']],
  ];
  it.each(cases)('%s', (_, cells, width, columns, expected) => {
    expect(mendUnquotedDateComma(cells, width, columns)).toEqual(expected);
  });
});

describe('parseLinkedInExport: both generations', () => {
  it('reads the current export (underscores, URL column, Notes lines, BOM, CRLF)', async () => {
    const out = await parse(currentExport());
    expect(out.problems).toEqual([]);
    expect(out.received).toEqual([
      {
        firstName: 'Ana',
        lastName: 'Souza',
        company: 'Acme',
        jobTitle: 'Engineering Manager',
        text: 'Ana led the migration, calmly.',
        date: new Date('2009-07-21T12:11:00Z'),
        status: 'VISIBLE',
      },
      {
        firstName: 'Bob',
        lastName: 'Lee',
        company: 'Globex',
        jobTitle: 'CTO',
        text: 'He said "ship it" and we did.\nTwice.',
        date: new Date('2024-01-15T09:05:00Z'),
        status: 'HIDDEN',
      },
    ]);
    expect(out.given.map((r) => r.firstName)).toEqual(['Chloé']);
    expect(out.connections[0]).toEqual({
      firstName: 'Ana',
      lastName: 'Souza',
      profileUrl: 'https://www.linkedin.com/in/ana-souza-42/',
      company: 'Acme',
      position: 'Engineering Manager',
      connectedOn: new Date('2024-01-15T12:00:00Z'),
    });
    expect(out.connections.map(connectionProfileId)).toEqual(['ana-souza-42', 'boblee', 'chloe-martin']);
    expect(out.connections[1]?.email).toBe('bob@example.com');
  });

  it('reads an older export (spaces, a folder, LF, no URL column)', async () => {
    const out = await parse(olderExport());
    expect(out.problems).toEqual([]);
    expect(out.received.map((r) => [r.firstName, r.date.toISOString()])).toEqual([
      ['Dan', '2009-07-21T12:00:00.000Z'],
      ['Eve', '2010-03-04T12:00:00.000Z'],
    ]);
    expect(out.received[1]?.text).toBe('Eve, simply the best.');
    expect(out.given[0]?.date.toISOString()).toBe('2011-07-21T12:00:00.000Z');
    expect(out.connections).toEqual([
      { firstName: 'Dan', lastName: 'Okafor', company: 'Umbrella', position: 'Lead', connectedOn: new Date('2009-07-21T12:00:00Z') },
      {
        firstName: 'Eve',
        lastName: 'Park',
        email: 'eve@example.com',
        company: 'Hooli',
        position: 'PM',
        connectedOn: new Date('2010-03-04T12:00:00Z'),
      },
    ]);
  });
});

describe('parseLinkedInExport: quirks', () => {
  it('composes decomposed names and text (NFD → NFC)', async () => {
    const nfd = 'Zoe\u0308';
    const out = await parse({
      'Recommendations_Received.csv': lines([REC_HEADER, `${nfd},Ito,,,Cafe\u0301 talk,2020-01-01,VISIBLE`]),
    });
    expect(out.received[0]?.firstName).toBe('Zoë');
    expect(out.received[0]?.text).toBe('Café talk');
  });

  it('keeps commas, doubled quotes and CRLF line breaks inside quoted fields', async () => {
    const text = '"Line one, with a comma\r\nLine ""two""\r\n\r\nLine three"';
    const out = await parse({
      'Recommendations_Received.csv': lines([REC_HEADER, `Ann,Bee,"Co, Inc.",Boss,${text},2020-01-01,VISIBLE`], '\r\n'),
    });
    expect(out.received[0]?.company).toBe('Co, Inc.');
    expect(out.received[0]?.text).toBe('Line one, with a comma\nLine "two"\n\nLine three');
  });

  it('reads a mix of CRLF and LF rows', async () => {
    const csv = `${REC_HEADER}\r\nA,One,,,x,2020-01-01,VISIBLE\nB,Two,,,"y\r\nz",2020-01-02,VISIBLE\r\n`;
    const out = await parse({ 'Recommendations_Received.csv': csv });
    expect(out.received.map((r) => r.text)).toEqual(['x', 'y\nz']);
  });

  it('finds the Connections header under any number of Notes lines', async () => {
    const notes = 'Notes:\n"Multi-line note,\nwith a comma"\n\nAnother line\n';
    const out = await parse({ 'Connections.csv': BOM + notes + lines([CONNECTIONS_HEADER, 'A,B,,,,,']) });
    expect(out.connections).toEqual([{ firstName: 'A', lastName: 'B' }]);
  });

  it('normalises percent-encoded and odd profile URLs', async () => {
    const out = await parse({
      'Connections.csv': lines([
        CONNECTIONS_HEADER,
        'A,A,https://www.linkedin.com/in/J%C3%BCrgen%2DM%C3%BCller,,,,',
        'B,B,http://linkedin.com/in/BobLee/,,,,',
        'C,C,www.linkedin.com/in/c-c?trk=x,,,,',
        'D,D,https://example.com/in/d,,,,',
        'E,E,https://www.linkedin.com/in/e%20e,,,,',
      ]),
    });
    expect(out.connections.map((c) => c.profileUrl)).toEqual([
      'https://www.linkedin.com/in/jürgen-müller/',
      'https://www.linkedin.com/in/boblee/',
      'https://www.linkedin.com/in/c-c/',
      undefined,
      undefined,
    ]);
    expect(out.problems.filter((p) => p.includes('not a LinkedIn profile address'))).toHaveLength(2);
  });

  it('reads day-first slash dates when the file proves them', async () => {
    const out = await parse({
      'Recommendations_Received.csv': lines([REC_HEADER, 'A,A,,,x,21/07/2009,VISIBLE', 'B,B,,,y,05/07/2009,VISIBLE']),
    });
    expect(out.received.map((r) => r.date.toISOString().slice(0, 10))).toEqual(['2009-07-21', '2009-07-05']);
  });

  it('skips a recommendation whose date cannot be read, and says so', async () => {
    const out = await parse({
      'Recommendations_Received.csv': lines([REC_HEADER, 'A,A,,,x,someday,VISIBLE', 'B,B,,,y,2020-01-01,VISIBLE']),
    });
    expect(out.received.map((r) => r.firstName)).toEqual(['B']);
    expect(out.problems.join('\n')).toMatch(/row 2 \(A A\): the date "someday" could not be read/);
  });

  it('keeps a connection whose date cannot be read, without the date', async () => {
    const out = await parse({ 'Connections.csv': lines([CONNECTIONS_HEADER, 'A,B,,,Co,,not a date']) });
    expect(out.connections).toEqual([{ firstName: 'A', lastName: 'B', company: 'Co' }]);
    expect(out.problems).toHaveLength(3); // the date, and the two missing recommendation files
  });

  it('skips a row with more fields than the header, and a row with no name', async () => {
    const out = await parse({
      'Recommendations_Received.csv': lines([
        REC_HEADER,
        'A,A,,,unquoted, comma,2020-01-01,VISIBLE',
        ',,,,nameless,2020-01-01,VISIBLE',
        'B,B,,,fine,2020-01-01,VISIBLE',
      ]),
    });
    expect(out.received.map((r) => r.firstName)).toEqual(['B']);
    expect(out.problems.join('\n')).toMatch(/row 2: more fields/);
    expect(out.problems.join('\n')).toMatch(/row 3: no name/);
  });

  it('lists a missing file as a problem, not an error', async () => {
    const out = await parse({ 'Connections.csv': lines([CONNECTIONS_HEADER]) });
    expect(out.received).toEqual([]);
    expect(out.problems).toEqual([
      'Recommendations_Received.csv is not in this export: nothing was read for it.',
      'Recommendations_Given.csv is not in this export: nothing was read for it.',
    ]);
  });

  it('lists a file without a header row or without needed columns', async () => {
    const out = await parse({
      'Recommendations_Received.csv': 'just some text\n',
      'Recommendations_Given.csv': lines(['First Name,Last Name,Company', 'A,B,C']),
      'Connections.csv': lines([CONNECTIONS_HEADER]),
    });
    expect(out.problems).toEqual([
      'Recommendations_Received.csv has no "First Name, Last Name" header row: the file was skipped.',
      'Recommendations_Given.csv has no "Text" column: the file was skipped.',
    ]);
  });

  it('reports a truncated CSV (an unclosed quote)', async () => {
    const out = await parse({ 'Recommendations_Received.csv': `${REC_HEADER}\nA,B,,,"cut off here` });
    expect(out.problems.some((p) => /Quoted field unterminated/i.test(p))).toBe(true);
  });

  it('ignores macOS resource forks', async () => {
    const files = { ...currentExport(), '__MACOSX/._Connections.csv': new Uint8Array([0, 5, 22, 7, 0, 2]) };
    const out = await parse(files);
    expect(out.problems).toEqual([]);
    expect(out.connections).toHaveLength(3);
  });

  it('accepts a part of the export that has none of the three files, with problems', async () => {
    const out = await parse({ 'Profile.csv': 'First Name,Last Name\nA,B\n' });
    expect(out.connections).toEqual([]);
    expect(out.problems).toHaveLength(3);
  });

  it('combines the parts of a two-part export, counting shared rows once', async () => {
    const all = currentExport();
    const first = buildExportZip({ 'Connections.csv': all['Connections.csv']!, 'Profile.csv': 'x' });
    const complete = buildExportZip(all);
    const out = await parseLinkedInExport([first, complete]);
    expect(out.problems).toEqual([]);
    expect(out.connections).toHaveLength(3);
    expect(out.received).toHaveLength(2);
  });

  it('refuses an entry that claims an absurd size (zip bomb) and says so', async () => {
    const zip = claimSize(buildExportZip(currentExport()), 'Connections.csv', 300 * 1024 * 1024);
    const out = await parseLinkedInExport(zip);
    expect(out.connections).toEqual([]);
    expect(out.received).toHaveLength(2);
    expect(out.problems.join('\n')).toMatch(/Connections\.csv is too large/);
  });
});

describe('parseLinkedInExport: files that are not an export', () => {
  const good = buildExportZip(currentExport());
  const damaged = good.slice();
  damaged.fill(0xff, 40, 120); // inside the first entry's compressed data
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /could not be opened as a ZIP/],
    ['a PDF', strToU8('%PDF-1.7\n1 0 obj <<>> endobj\n'.repeat(3)), /could not be opened as a ZIP/],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /could not be opened as a ZIP/],
    ['damaged inside', damaged, /could not be opened as a ZIP/],
    ['a foreign ZIP', zipSync({ 'photo.jpg': new Uint8Array(10), 'notes/readme.txt': strToU8('hi') }), /does not look like a LinkedIn data export/],
    ['an empty ZIP', zipSync({}), /could not be opened|does not look like/],
  ];
  it.each(cases)('%s is rejected with a clear reason', async (_, bytes, reason) => {
    await expect(parseLinkedInExport(bytes)).rejects.toThrow(reason);
  });

  it('a ZIP whose only CSV is foreign is rejected', async () => {
    await expect(parse({ 'data.csv': 'a,b\n1,2\n' })).rejects.toThrow(/does not look like a LinkedIn data export/);
  });

  it('Notes-only Connections file from an export is still accepted', async () => {
    const out = await parse({ 'Connections.csv': CONNECTIONS_NOTES + lines([CONNECTIONS_HEADER]) });
    expect(out.connections).toEqual([]);
  });
});
