// The results as people read them: a plain table for the terminal and Markdown for the README.

const show = (x) => (x === null || x === undefined ? '—' : typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: 4 }) : String(x));
const withUnit = (x, unit) => (x === null || x === undefined ? '—' : unit === 'count' || unit === 'ratio' ? show(x) : `${show(x)} ${unit}`);
const verdict = (m) => (m.pass ? 'pass' : 'MISS');

/** One line that says what the figures were measured on. */
export function machineLine(machine) {
  const gb = (machine.memoryBytes / 1024 ** 3).toFixed(1);
  return `${machine.cpu}, ${machine.cores} cores, ${gb} GiB RAM, ${machine.os}, Chromium ${machine.chromium}, Node ${machine.node}`;
}

function cells(m) {
  return [m.name, withUnit(m.value, m.unit), withUnit(m.baseline, m.unit), show(m.ratio), m.target, verdict(m)];
}
const HEAD = ['metric', 'Vouch', 'without Vouch', 'ratio', 'target', 'result'];

/** A fixed-width table for the terminal, notes underneath. */
export function formatTable(results) {
  const rows = [HEAD, ...results.metrics.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  const notes = results.metrics.filter((m) => m.note);
  if (notes.length) out.push('', ...notes.map((m) => `* ${m.name}: ${m.note}`));
  out.push('', `Machine: ${machineLine(results.machine)}`);
  return out.join('\n');
}

const md = (s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's Performance table, with the machine line and the notes. */
export function formatMarkdown(results, date) {
  const out = [
    `Measured on ${machineLine(results.machine)}${date ? `, ${date}` : ''}.`,
    '',
    `| ${HEAD.map(md).join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...results.metrics.map((m) => `| ${cells(m).map(md).join(' | ')} |`),
  ];
  const notes = results.metrics.filter((m) => m.note);
  if (notes.length) out.push('', ...notes.map((m) => `- ${md(m.name)}: ${md(m.note)}`));
  return out.join('\n') + '\n';
}
