// How far a long write has got. Kept apart from the router so that the dashboard can read these
// reports without loading the background's handlers.

/** How far a long write has got, as the background posts it to Vouch's pages. */
export interface Progress {
  vouchProgress: 1;
  type: string;
  done: number;
  total: number;
}

/** Whether a runtime message is a progress report (the dashboard hears every runtime message). */
export function isProgress(m: unknown): m is Progress {
  const p = m as Partial<Progress> | null;
  return (
    !!p && p.vouchProgress === 1 && typeof p.type === 'string' && Number.isFinite(p.done) && Number.isFinite(p.total) && p.total! >= 0
  );
}
