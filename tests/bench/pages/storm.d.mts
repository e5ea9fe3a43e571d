export const STORM_PATH: string;
export function stormPage(opts?: { posts?: number }): string;
