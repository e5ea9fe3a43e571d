// Realistic inputs for the pure functions the panel runs on every keystroke: a long
// recommendation for the coach, and a request checked against a long history of earlier ones.
import { rng } from '../pages/markup.mjs';

const RECOMMENDATION = [
  'I worked with Jane Doe for three years at Northwind, where she managed the payments team I joined in 2021.',
  'Jane led the billing migration from our old monolith to the new event pipeline, and she did it without a single hour of downtime.',
  'She has a rare mix of patience and precision: she reads a design document line by line, then asks the one question nobody had thought of.',
  'When our largest customer threatened to leave over invoice errors, Jane sat with their finance team for two days and fixed the root cause.',
  'Invoice disputes fell by 60% in the following quarter, and the customer renewed for three more years.',
  'She is a great leader and a true team player, always going above and beyond for everyone around her.',
  'What I value most is how she grows people: she coached me through my first on-call rotation and my first conference talk.',
  'Two engineers she mentored were promoted to senior roles within eighteen months.',
  "She writes the clearest incident reviews I have read, and she makes sure the lessons turn into tickets, not just slides.",
  'She also leverages synergies across the org to move the needle on our north-star metrics.',
  'In planning meetings she says no to work that does not serve customers, and she explains why, which made our roadmap shorter and better.',
  'Our release cadence went from monthly to weekly under her lead, while the number of rollbacks dropped by half.',
  "Jane is generous with credit and quick to take the blame when something goes wrong, which is why people want to work on her team.",
  'I would recommend Jane without hesitation to any team that needs a calm, rigorous engineering manager; I would gladly work with her again.',
];

/**
 * A recommendation of about `length` characters (whole sentences, at most `length`), the sentences
 * taken in order and then again in a shuffled order, as a long real one would repeat its themes.
 */
export function recommendationText(length = 3_000, seed = 11) {
  const r = rng(seed);
  const out = [];
  let size = 0;
  let pool = [...RECOMMENDATION];
  for (;;) {
    if (pool.length === 0) pool = [...RECOMMENDATION].sort(() => r() - 0.5);
    const next = pool.shift();
    if (size + next.length + 1 > length) {
      // The last sentence is cut at a word so that the text reaches its length.
      const room = length - size - 1;
      if (room > 20) out.push(next.slice(0, next.lastIndexOf(' ', room - 1)) + '.');
      break;
    }
    out.push(next);
    size += next.length + 1;
  }
  return out.join(' ');
}

const FIRST = ['Sam', 'Amélie', 'Kenji', 'Priya', 'Omar', 'Lucía', 'Tom', 'Ngozi', 'Wei', 'Anna', 'Diego', 'Mary-Ann', 'Jon', 'Ines'];
const LAST = ['Rivera', 'Durand', 'Watanabe', 'Natarajan', 'Haddad', 'García', 'Berg', "O'Neil", 'Chen', 'Novak', 'Silva', 'Moreau'];
const PROJECTS = ['the billing migration', 'the mobile relaunch', 'the data platform', 'the onboarding redesign', 'the search rewrite', 'the API gateway', 'the pricing experiment', 'the support tooling'];
const STRENGTHS = ['calm under pressure', 'clear writing', 'careful reviews', 'mentoring juniors', 'talking to customers', 'untangling legacy code', 'planning', 'running incidents'];

/** One request message of about 600 characters to `first`, about a project and a strength. */
export function requestMessage(first, r) {
  const project = PROJECTS[Math.floor(r() * PROJECTS.length)];
  const strength = STRENGTHS[Math.floor(r() * STRENGTHS.length)];
  const months = 6 + Math.floor(r() * 30);
  return (
    `Hi ${first}, I hope things are going well since we last spoke. ` +
    `I'm updating my LinkedIn profile and would be grateful for a short recommendation from you. ` +
    `We worked together for ${months} months on ${project}, and you saw first-hand how I handled the launch and the weeks after it. ` +
    `If you could mention my ${strength} and what we shipped together, that would mean a lot, since that is the work I am proudest of. ` +
    `A few sentences are plenty, and I'm happy to return the favour. ` +
    `No pressure at all if now is a busy time or if you'd rather not, I completely understand. ` +
    `Thank you either way!`
  );
}

/** `count` earlier requests, each to someone else, as `checkRequest`'s `sentBefore` wants them. */
export function earlierRequests(count = 1_000, seed = 5) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(r() * LAST.length)];
    return { contactName: `${first} ${last}`, text: requestMessage(first, r) };
  });
}
