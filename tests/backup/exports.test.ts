import Papa from 'papaparse';
import { createDb } from '@/storage/db';
import {
  escapeMarkdown,
  exportLedgerCsv,
  exportReceivedMarkdown,
  guardCsvCell,
  LEDGER_COLUMNS,
  ledgerCsv,
  longDate,
  receivedItems,
  receivedMarkdown,
} from '@/storage/exports';
import type { Contact, VouchEvent } from '@/storage/types';

const NOW = new Date('2025-06-01T12:00:00Z');
const contact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});
const event = (contactId: string, type: VouchEvent['type'], day: string, text?: string, extra: Partial<VouchEvent> = {}): VouchEvent => ({
  contactId,
  type,
  at: new Date(`${day}T12:00:00Z`),
  text,
  source: 'import',
  key: `${contactId}:${type}:${day}:${text ?? ''}:${extra.source ?? ''}`,
  ...extra,
});

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['Plain words, kept.', 'Plain words, kept.'],
    ['Jean-Pierre & co', 'Jean-Pierre \\& co'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['`code` | table ~strike~', '\\`code\\` \\| table \\~strike\\~'],
    ['# Heading', '\\# Heading'],
    ['> quote', '\\> quote'],
    ['- item\n+ item\n= underline', '\\- item\n\\+ item\n\\= underline'],
    ['1. first\n2) second', '1\\. first\n2\\) second'],
    ['    indented code', 'indented code'],
    ['back\\slash', 'back\\\\slash'],
    ['Version 2.0 is out', 'Version 2.0 is out'],
    ['Great!', 'Great!'],
    ['a\r\nb', 'a\nb'],
  ];
  it.each(cases)('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('guardCsvCell', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+1 555', `'+1 555`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\r=1', `'\r=1`],
    ['=1\n+2', `'=1\n+2`],
    ['Ana Souza', 'Ana Souza'],
    ['a=b', 'a=b'],
    ['', ''],
    [' =x', ' =x'],
  ];
  it.each(cases)('%j → %j', (input, output) => expect(guardCsvCell(input)).toBe(output));
});

describe('longDate', () => {
  it.each([
    ['2009-07-21T00:30:00Z', '21 July 2009'],
    ['2024-01-15T23:59:00Z', '15 January 2024'],
  ])('%s → %s', (iso, text) => expect(longDate(new Date(iso))).toBe(text));
});

describe('receivedMarkdown', () => {
  const contacts = [
    contact('ana', 'Ana *Star* Souza', { headline: 'Engineering Manager | Acme' }),
    contact('import:bob-lee', 'Bob Lee', { company: 'Globex' }),
  ];

  it('lists received recommendations newest first, escaped, once each', () => {
    const events = [
      event('ana', 'received', '2009-07-21', 'Ana led the migration.\n\n- calmly\n# well'),
      event('ana', 'received', '2009-07-21', 'Ana led the migration.\n\n- calmly\n# well', { source: 'page' }),
      event('import:bob-lee', 'received', '2024-01-15', 'He said "ship it" <b>now</b>'),
      event('ana', 'given', '2020-01-01', 'Not mine to show'),
      event('ana', 'received', '2022-01-01', 'Deleted one', { deletedAt: NOW }),
    ];
    expect(receivedMarkdown(contacts, events)).toBe(
      [
        '# Recommendations',
        '',
        '## Bob Lee',
        '',
        '*Globex · 15 January 2024*',
        '',
        '> He said "ship it" \\<b\\>now\\</b\\>',
        '',
        '## Ana \\*Star\\* Souza',
        '',
        '*Engineering Manager \\| Acme · 21 July 2009*',
        '',
        '> Ana led the migration.',
        '>',
        '> \\- calmly',
        '> \\# well',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing yet', () => {
    expect(receivedMarkdown([], [event('x', 'given', '2020-01-01', 'x')])).toBe('# Recommendations\n\nNo recommendations received yet.\n');
  });

  it('keeps two different texts from one person, and texts-less events', () => {
    const items = receivedItems(contacts, [
      event('ana', 'received', '2020-01-01', 'One'),
      event('ana', 'received', '2021-01-01', 'Two'),
      event('ana', 'received', '2022-01-01'),
      event('ana', 'received', '2023-01-01'),
    ]);
    expect(items).toHaveLength(4);
  });
});

describe('ledgerCsv', () => {
  const contacts = [
    contact('zed', 'Zed', { relationship: 'peer', reminderAfterDays: 7, doNotNudge: true, snoozedUntil: new Date('2025-07-01T00:00:00Z') }),
    contact('import:evil', '=HYPERLINK("http://x","click")', { company: '@corp', headline: 'Line one\nLine "two", with comma' }),
    contact('ana', 'Ana Souza', { company: 'Acme' }),
  ];
  const events = [
    event('ana', 'received', '2024-01-01', 'x'),
    event('ana', 'given', '2024-02-01', 'y'),
    event('zed', 'request-sent', '2025-05-01'),
    event('zed', 'given', '2025-05-02', 'gone', { deletedAt: NOW }),
  ];

  it('writes one guarded row per contact that a CSV reader reads back intact', () => {
    const csv = ledgerCsv(contacts, events, NOW);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...LEDGER_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\",\"click\")", 'Ana Souza', 'Zed']);
    const [evil, ana, zed] = rows.slice(1);
    expect(evil).toEqual(["'=HYPERLINK(\"http://x\",\"click\")", '', "'@corp", 'Line one\nLine "two", with comma', '', 'none', expect.any(String), '0', '0', '', '', '', '', '']);
    expect(ana).toEqual(['Ana Souza', 'https://www.linkedin.com/in/ana/', 'Acme', '', '', 'mutual', '', '1', '1', 'given', '2024-02-01', '', '', '']);
    expect(zed?.slice(4)).toEqual(['peer', 'waiting', 'You chose not to nudge them: let it go', '0', '0', 'request-sent', '2025-05-01', '7', 'yes', '2025-07-01']);
  });
});

describe('from the database', () => {
  it('exports Markdown and CSV from what is stored', async () => {
    const db = createDb('test-' + crypto.randomUUID());
    await db.contacts.add(contact('ana', 'Ana Souza', { company: 'Acme' }));
    await db.events.bulkAdd([event('ana', 'received', '2024-01-01', 'Kind words.'), event('ana', 'note', '2024-01-02', 'n')]);
    expect(await exportReceivedMarkdown(db, 'My recommendations')).toContain('# My recommendations\n\n## Ana Souza\n\n*Acme · 1 January 2024*\n\n> Kind words.');
    expect((await exportLedgerCsv(db, NOW)).split('\r\n')).toHaveLength(2);
    await db.delete();
  });
});
