import { createContext, useContext, type ReactNode } from 'react';
import type { Call } from '@/components/shared/client';
import type { VouchDb } from '@/storage/db';
import type { Progress } from '@/storage/protocol/progress';
import type { Said } from '@/storage/said';
import type { ContactStanding } from '@/storage/repositories/status';

/**
 * What every view needs: the database to read (the dashboard is an extension page, so it reads
 * Dexie itself and sees every change as it commits), the line to the background, which does every
 * write, whether it may write, and the clock. Injected, so that tests bring their own.
 */
export interface DashboardData {
  /** For reading only: every write is a message to the background (`send`). */
  db: VouchDb;
  /** Sends one typed message to the background; writes wait in an outbox until confirmed. */
  send: Call;
  /** Listens to the background's progress reports on long writes; returns how to stop listening. */
  onProgress?: (listener: (p: Progress) => void) => () => void;
  /** Set when the data on disk is from a newer Vouch: every write control is then disabled. */
  readOnlyReason: Said | null;
  now: () => Date;
  /**
   * The top of the ledger, which the page reads before the views load: the rows themselves when
   * they were ready before the first render (the ledger then draws them at once), else the read.
   */
  ledgerPreview?: ContactStanding[] | Promise<ContactStanding[]>;
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
