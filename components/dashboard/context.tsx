import { createContext, useContext, type ReactNode } from 'react';
import type { VouchDb } from '@/storage/db';
import type { ContactStanding } from '@/storage/repositories/status';

/**
 * What every view needs: the database (the dashboard is an extension page, so it opens Dexie
 * itself), whether it may write, and the clock. Injected, so that tests bring their own.
 */
export interface DashboardData {
  db: VouchDb;
  /** Set when the data on disk is from a newer Vouch: every write control is then disabled. */
  readOnlyReason: string | null;
  now: () => Date;
  /** The top of the ledger, when the page started reading it before the views loaded. */
  ledgerPreview?: Promise<ContactStanding[]>;
}

const DashboardContext = createContext<DashboardData | null>(null);

export function DashboardProvider({ value, children }: { value: DashboardData; children: ReactNode }) {
  return <DashboardContext.Provider value={value}>{children}</DashboardContext.Provider>;
}

export function useDashboard(): DashboardData {
  const data = useContext(DashboardContext);
  if (!data) throw new Error('Dashboard views must be rendered inside <DashboardProvider>.');
  return data;
}

export const useReadOnly = (): boolean => useDashboard().readOnlyReason !== null;
