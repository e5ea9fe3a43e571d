import { formatMarkdown, formatTable, machineLine } from './lib/report.mjs';
import { metricRow } from './lib/targets.mjs';

const machine = { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, os: 'Debian 12', chromium: '156.0', node: 'v20.0.0' };
const results = {
  machine,
  metrics: [
    metricRow('feed', { value: 101.456, baseline: 100, ratio: 1.0146 }),
    metricRow('dashboard', { value: null, note: 'no "ready" mark | yet' }),
  ],
};

describe('machineLine', () => {
  it('says CPU, cores, memory, OS, Chromium and Node', () => {
    expect(machineLine(machine)).toBe('Test CPU, 2 cores, 8.0 GiB RAM, Debian 12, Chromium 156.0, Node v20.0.0');
  });
});

describe('formatTable', () => {
  const table = formatTable(results);
  it('shows a pass and a miss, the baseline and the ratio', () => {
    expect(table).toMatch(/feed.*101\.46 ms.*100 ms.*1\.015.*pass/);
    expect(table).toMatch(/dashboard.*—.*MISS/);
  });
  it('lists the notes and the machine', () => {
    expect(table).toContain('no "ready" mark | yet');
    expect(table).toContain('Machine: Test CPU');
  });
});

describe('formatMarkdown', () => {
  const md = formatMarkdown(results, '2026-01-15');
  it('starts with the machine line and date', () => expect(md.split('\n')[0]).toBe(`Measured on ${machineLine(machine)}, 2026-01-15.`));
  it('has a header, a separator and one line per metric', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(2 + results.metrics.length);
    expect(rows[1]).toBe('|---|---|---|---|---|---|');
  });
  it('escapes pipes so a note cannot break the table', () => {
    expect(md).toContain('no "ready" mark \\| yet');
    expect(md).not.toContain('mark | yet');
  });
});
