// Made-up people for the large data sets: varied, accented and sometimes namesakes, like a real
// network of ten thousand connections.
import { rng } from '../pages/markup.mjs';

const FIRST = ['Jane', 'Sam', 'Amélie', 'Kenji', 'Priya', 'Omar', 'Lucía', 'Tom', 'Ngozi', 'Wei', 'Anna', 'Diego', 'Mary-Ann', 'Jon', 'Inès', 'Zoë', 'Björn', 'Aiko', 'Fatima', 'Liam', 'Olga', 'Raj', 'Chloé', 'Mateo'];
const LAST = ['Doe', 'Rivera', 'Durand', 'Watanabe', 'Natarajan', 'Haddad', 'García', 'Berg', "O'Neil", 'Chen', 'Novak', 'Silva', 'Moreau', 'Kowalski', 'Nguyen', 'Schmidt', 'Okafor', 'Rossi', 'Andersson', 'Yılmaz', 'Kim', 'Dubois', 'Patel', 'Müller', 'Santos', 'Ivanova', 'Cohen', 'Murphy'];
const COMPANIES = ['Northwind', 'Contoso', 'Fabrikam', 'Litware', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay Industries', 'Acme, Inc.', 'Wayne Enterprises', 'Stark & Sons'];
const ROLES = ['Software Engineer', 'Engineering Manager', 'Product Manager', 'Designer', 'Data Scientist', 'Recruiter', 'Sales Lead', 'CTO', 'Consultant', 'Staff Engineer'];

/** `count` people with unique vanity names; about one in fifty shares a name with someone else. */
export function people(count, seed = 21) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const firstName = pick(FIRST);
    const lastName = pick(LAST);
    const slug = `${firstName}-${lastName}`.normalize('NFKD').replace(/[^A-Za-z-]+/g, '').toLowerCase();
    return {
      id: `${slug}-${i.toString(36)}`,
      firstName,
      lastName,
      name: `${firstName} ${lastName}`,
      company: pick(COMPANIES),
      position: pick(ROLES),
    };
  });
}
