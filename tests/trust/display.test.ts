import { describe, expect, it } from 'vitest';
import { forDisplay } from '@/components/shared/display';

describe('forDisplay', () => {
  it.each([
    ['plain names pass through', 'Renée Lefèvre', 60, 'Renée Lefèvre'],
    ['bidi overrides are dropped', 'Sam \u202Eredro\u202C Rivera', 60, 'Sam redro Rivera'],
    ['zero-width characters are dropped', 'Ja\u200Bne\u2060 Doe\uFEFF', 60, 'Jane Doe'],
    ['whitespace and newlines collapse', '  Jane \n\t Doe ', 60, 'Jane Doe'],
    ['markup stays text', '<img src=x onerror=alert(1)>', 60, '<img src=x onerror=alert(1)>'],
    ['long text is cut with an ellipsis', 'x'.repeat(10_000), 10, `${'x'.repeat(9)}…`],
    ['emoji are never split', '👩‍👩‍👧‍👦'.repeat(20), 5, `${'👩‍👩‍👧‍👦'.repeat(4)}…`],
    ['empty and missing', undefined, 60, ''],
  ])('%s', (_, input, max, out) => {
    expect(forDisplay(input as string | undefined, max)).toBe(out);
  });
});
