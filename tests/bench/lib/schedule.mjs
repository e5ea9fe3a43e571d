// The order of runs in a side-by-side comparison. Runs alternate between the variants, and the
// first variant of each round alternates too (A B, B A, A B…), so that a machine that slows down or
// warms up during the bench weighs on every variant alike.

/**
 * @param {string[]} variants e.g. ['vouch', 'noop']
 * @param {{ warmups?: number, runs: number }} counts runs per variant
 * @returns {{ variant: string, warmup: boolean, round: number }[]}
 */
export function interleave(variants, { warmups = 1, runs }) {
  const order = [];
  const rounds = warmups + runs;
  for (let round = 0; round < rounds; round++) {
    const ordered = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of ordered) order.push({ variant, warmup: round < warmups, round });
  }
  return order;
}
