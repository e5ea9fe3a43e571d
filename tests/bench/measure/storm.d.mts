export const FRAME_MS: number;
export function frameStats(timestamps: readonly number[]): { frames: number; p95IntervalMs: number; p95LatenessMs: number };
