export interface Slot {
  variant: string;
  warmup: boolean;
  round: number;
}
export function interleave(variants: readonly string[], counts: { warmups?: number; runs: number }): Slot[];
