import { importEventKey, textHash } from '@/storage/event-keys';
import { syntheticContactId } from '@/storage/import-plan';

describe('textHash', () => {
  const same: [string, string][] = [
    ['Great colleague.', 'Great colleague.'],
    ['Great  colleague.\n', 'Great colleague.'],
    ['Line one\r\nLine two', 'Line one\nLine two'],
    ['Cafe\u0301', 'Café'],
  ];
  it.each(same)('%j and %j hash alike', (a, b) => expect(textHash(a)).toBe(textHash(b)));

  const different: [string, string][] = [
    ['Great colleague.', 'Great colleague!'],
    ['Great colleague.', 'great colleague.'],
    ['', ' x'],
    ['ab', 'ba'],
  ];
  it.each(different)('%j and %j hash apart', (a, b) => expect(textHash(a)).not.toBe(textHash(b)));
});

describe('importEventKey', () => {
  const day = new Date('2009-07-21T12:11:00Z');
  it('keeps only the day of the date, so both export generations give one key', () => {
    expect(importEventKey('received', 'ana souza', day, 'x')).toBe(
      importEventKey('received', 'ana souza', new Date('2009-07-21T12:00:00Z'), 'x'),
    );
  });
  const apart: [string, string][] = [
    [importEventKey('given', 'ana souza', day, 'x'), 'direction'],
    [importEventKey('received', 'ana soza', day, 'x'), 'name'],
    [importEventKey('received', 'ana souza', new Date('2009-07-22T12:00:00Z'), 'x'), 'day'],
    [importEventKey('received', 'ana souza', day, 'y'), 'text'],
  ];
  it.each(apart)('%s differs by %s', (key) => expect(key).not.toBe(importEventKey('received', 'ana souza', day, 'x')));
});

describe('syntheticContactId', () => {
  const cases: [string, string, RegExp][] = [
    ['ana souza', 'Ana Souza', /^import:ana-souza$/],
    ['jose maria da silva', 'José María da Silva', /^import:jose-maria-da-silva$/],
    ['李 小龙', '李 小龙', /^import:李-小龙$/],
    ['', '🙂', /^import:~[0-9a-z]+$/],
    ['a'.repeat(500), 'x', /^import:a{180}$/],
  ];
  it.each(cases)('%s → %s', (nameKey, raw, shape) => {
    const id = syntheticContactId(nameKey, raw);
    expect(id).toMatch(shape);
    expect(id).toMatch(/^[^\s/?#]{1,200}$/u); // a valid contact id for messages
  });
});
