/** The dashboard's views, in the order the nav lists them; each is one component in this folder. */
export const VIEWS = [
  { id: 'ledger', label: 'Ledger' },
  { id: 'follow-ups', label: 'Follow-ups' },
  { id: 'balance', label: 'Balance' },
  { id: 'planner', label: 'Who to ask next' },
  { id: 'import', label: 'Import' },
  { id: 'backup', label: 'Backup' },
  { id: 'settings', label: 'Settings' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];
