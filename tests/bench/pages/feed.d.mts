export const FEED_PATH: string;
export function feedPage(opts?: { initial?: number; later?: number }): string;
