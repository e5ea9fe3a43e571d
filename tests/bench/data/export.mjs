// A LinkedIn data export with ten thousand connections, in today's shape (see docs/linkedin-pages.md: BOM, the
// "Notes:" lines above the Connections header, CRLF, quoted cells, percent-escaped URLs).
import { strToU8, zipSync } from 'fflate';
import { people } from './people.mjs';

const REC_HEADER = 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status';
const CONNECTIONS_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value) {
  const s = String(value ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const row = (cells) => cells.map(csvCell).join(',');

/** The export's CSV files for `connections` people, a few of whom recommended or were recommended. */
export function exportFiles(connections = 10_000, recommendations = 40) {
  const list = people(connections);
  const connectionRows = list.map((p, i) => {
    const url = `https://www.linkedin.com/in/${encodeURIComponent(p.id).replace(/-/g, '%2D')}`;
    const date = `${String(1 + (i % 28)).padStart(2, '0')} ${MONTHS[i % 12]} ${2010 + (i % 16)}`;
    return row([p.firstName, p.lastName, url, i % 7 === 0 ? `${p.id}@example.com` : '', p.company, p.position, date]);
  });
  const recRows = (offset) =>
    list.slice(offset, offset + recommendations).map((p, i) =>
      row([p.firstName, p.lastName, p.company, p.position, `${p.firstName} was a pleasure to work with, "calm" and precise, on project ${i}.\nTwice.`, `0${1 + (i % 9)}/1${i % 9}/2${i % 5}, 9:0${i % 10} AM`, 'VISIBLE']),
    );
  return {
    'Connections.csv':
      'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n' +
      [CONNECTIONS_HEADER, ...connectionRows].join('\r\n') + '\r\n',
    'Recommendations_Received.csv': '\uFEFF' + [REC_HEADER, ...recRows(0)].join('\r\n') + '\r\n',
    'Recommendations_Given.csv': '\uFEFF' + [REC_HEADER, ...recRows(recommendations)].join('\r\n') + '\r\n',
  };
}

/** The export as LinkedIn hands it over: one ZIP. */
export function exportZip(connections = 10_000, recommendations = 40) {
  const files = exportFiles(connections, recommendations);
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
}
