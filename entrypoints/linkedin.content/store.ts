import { createStore } from 'zustand/vanilla';
import type { FormInfo, TextBoxHandle, Viewer } from '@/components/shared/panel-api';
import type { readProfile } from './pages/profile';

export type ProfileReading = ReturnType<typeof readProfile>;

export type View =
  | { type: 'form'; form: FormInfo; box: TextBoxHandle }
  | { type: 'profile'; profile: ProfileReading };

export interface SurfaceState {
  view: View | null;
  viewer: Viewer | null;
  /** A line for the user about Vouch itself (updated, refused, paused). */
  notice: string | null;
  reminderAfterDays: number;
  theme: 'system' | 'light' | 'dark';
}

/** What the panel shows; the router writes it, the React tree reads it. */
export const surfaceStore = createStore<SurfaceState>(() => ({ view: null, viewer: null, notice: null, reminderAfterDays: 14, theme: 'system' }));
