import { create } from 'zustand';
import { DEFAULT_LEDGER_FILTERS, type LedgerFilters } from './ledger-filter';
import type { ViewId } from './views';

/** Which view is on screen, and which contact is open. Not persisted: a reload starts at the ledger. */
interface NavState {
  view: ViewId;
  contactId: string | null;
  show: (view: ViewId) => void;
  openContact: (contactId: string) => void;
  closeContact: () => void;
}

export const useNav = create<NavState>()((set) => ({
  view: 'ledger',
  contactId: null,
  show: (view) => set({ view, contactId: null }),
  openContact: (contactId) => set({ contactId }),
  closeContact: () => set({ contactId: null }),
}));

interface LedgerFilterState extends LedgerFilters {
  setFilters: (patch: Partial<LedgerFilters>) => void;
}

export const useLedgerFilters = create<LedgerFilterState>()((set) => ({
  ...DEFAULT_LEDGER_FILTERS,
  setFilters: (patch) => set(patch),
}));

/** People the user set aside in the planner this session ("not now"). */
interface PlannerState {
  skipped: string[];
  skip: (contactId: string) => void;
  clearSkipped: () => void;
}

export const usePlanner = create<PlannerState>()((set) => ({
  skipped: [],
  skip: (contactId) => set((s) => ({ skipped: [...s.skipped, contactId] })),
  clearSkipped: () => set({ skipped: [] }),
}));

/** Back to a fresh page's state; tests call it between renders. */
export function resetDashboardState(): void {
  useNav.setState({ view: 'ledger', contactId: null });
  useLedgerFilters.setState({ ...DEFAULT_LEDGER_FILTERS });
  usePlanner.setState({ skipped: [] });
}
