import { SMOKE } from './lib/sizes.mjs';
import { metricRow, TARGETS, targetsFor, type MetricId } from './lib/targets.mjs';

describe('metricRow verdicts', () => {
  it.each<[MetricId, object, boolean]>([
    ['feed', { value: 502, baseline: 500, ratio: 1.004 }, true],
    ['feed', { value: 504, baseline: 500, ratio: 1.008 }, false], // within the ratio, but 4 ms extra
    ['feed', { value: 40, baseline: 38, ratio: 1.053 }, false], // under 3 ms extra, but past the ratio
    ['feed', { value: 100, baseline: 101, ratio: 0.99 }, true],
    ['feed', { value: 100, baseline: 101, ratio: 0.99, extra: 12 }, false], // the medians' difference was noise; Vouch's own work was not
    ['feed', { value: 502, baseline: 500, ratio: 1.004, extra: 2.9 }, true],
    ['feed', { value: 502, baseline: 500, ratio: 1.004, extra: 3 }, false],
    ['feed', { value: 100 }, false], // no baseline: not a comparison
    ['storm', { value: 10, baseline: 10, ratio: 1.02 }, true],
    ['storm', { value: 12, baseline: 10, ratio: 1.03 }, false],
    ['stormLongTasks', { value: 2, baseline: 2 }, true],
    ['stormLongTasks', { value: 3, baseline: 2 }, false],
    ['panel', { value: 99.9, max: 199 }, true],
    ['panel', { value: 100, max: 150 }, false],
    ['panel', { value: 40, max: 200 }, false], // a fast median, but one opening too slow
    ['panel', { value: 40 }, false], // no maximum: not measured as the target needs
    ['bundle', { value: 40 }, true],
    ['bundle', { value: 40.01 }, false],
    ['coach', { value: 4.99 }, true],
    ['coach', { value: 5 }, false],
    ['requestChecks', { value: 6 }, false],
    ['summary', { value: 1 }, true],
    ['dashboard', { value: 199 }, true],
    ['dashboard', { value: 250 }, false],
    ['ledger', { value: 1.99 }, true],
    ['ledger', { value: 2 }, false],
    ['import', { value: 5.9 }, true],
    ['import', { value: 6.2 }, false],
    ['gzip', { value: 79.9 }, true],
    ['gzip', { value: 80.1 }, false],
    ['heap', { value: 1.1 }, true],
    ['heap', { value: 1.0004 }, true],
    ['heap', { value: 1.12 }, false],
  ])('%s with %j passes: %s', (id, measured, pass) => {
    expect(metricRow(id, measured as { value: number }).pass).toBe(pass);
  });

  it('fails a figure that could not be measured, and keeps the note', () => {
    const row = metricRow('dashboard', { value: null, note: 'no mark yet' });
    expect(row).toMatchObject({ value: null, pass: false, note: 'no mark yet' });
  });

  it('fails NaN and Infinity rather than printing them', () => {
    expect(metricRow('panel', { value: NaN }).pass).toBe(false);
    expect(metricRow('feed', { value: 10, baseline: 0, ratio: Infinity }).ratio).toBeNull();
  });

  it('writes ratio and baseline only where they were measured', () => {
    expect(Object.keys(metricRow('panel', { value: 20 }))).toEqual(['name', 'value', 'unit', 'target', 'pass']);
    expect(metricRow('feed', { value: 101, baseline: 100, ratio: 1.01 })).toMatchObject({ ratio: 1.01, baseline: 100 });
  });

  it("names every row with its word from the issue's table", () => {
    const words: Record<MetricId, string> = {
      feed: 'feed', storm: 'storm', stormLongTasks: 'storm', panel: 'panel', coach: 'coach', requestChecks: 'request checks',
      summary: 'summary', dashboard: 'dashboard', ledger: 'ledger', import: 'import', bundle: 'content script', gzip: 'gzip', heap: 'heap',
    };
    for (const [id, t] of Object.entries(TARGETS)) expect(t.name).toContain(words[id as MetricId]);
  });

  it("measures the store and the import at LinkedIn's limit of 30,000 connections", () => {
    expect(TARGETS.summary.name).toContain('30,000 contacts / 300,000 events');
    expect(TARGETS.dashboard.name).toContain('30,000 contacts');
    expect(TARGETS.ledger.name).toContain('30,000 contacts');
    expect(TARGETS.import.name).toContain('30,000 connections');
  });

  it('names the sizes a smoke run measured, not the full ones', () => {
    const smoke = targetsFor(SMOKE);
    expect(metricRow('import', { value: 0.1 }, smoke).name).toContain(`${SMOKE.connections} connections`);
    expect(smoke.heap.name).toContain(`after ${SMOKE.heapLate} SPA navigations`);
  });
});
