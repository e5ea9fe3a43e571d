export const TRACE_CATEGORIES: string[];
export function extensionTime(
  events: { name: string; ph: string; tid: number; ts: number; dur?: number; tdur?: number; args?: unknown }[],
): { ms: number; count: number };
