import type { Call } from './client';

/**
 * What a panel gets: what the content script read of the form, a handle on LinkedIn's text box
 * (in the tab beside the side panel) that acts only when the user clicks, and the typed channel to
 * the background. Panels (components/request, components/coach) depend on this contract, not on
 * the page.
 */
export interface FormInfo {
  kind: 'request' | 'write';
  contact: { id: string; name?: string; firstName?: string };
  /** The box's maxlength, read from the page at run time. */
  maxLength: number | null;
  /** The kind chosen in the form's Relationship field (LinkedIn's enum name), if any. */
  relationship: string | null;
  /** The role chosen in the form's "Position at the time" field, if any. */
  position?: string | null;
  /** False on the first step of a two-step form: the panel waits for the box. */
  hasTextBox: boolean;
  /** What the reader could not find, for the "can't read this part" notice. */
  missing: string[];
}

/**
 * Why LinkedIn's box was not filled, as a code and numbers: the content script carries no messages,
 * the panel says it (fill-failure.ts). `unreachable`: the page did not answer.
 */
export type FillFailure = { code: 'absent' | 'locked' | 'unreachable' } | { code: 'tooLong'; length: number; max: number };
export type FillResult = { ok: true } | { ok: false; reason: FillFailure };

export interface TextBoxHandle {
  /** What the box holds, as last heard from the page. */
  read(): string;
  /** Puts text in LinkedIn's box so that the page's framework sees it. Only ever called from a click. */
  fill(text: string): Promise<FillResult>;
  /** Restores what the box held before the last fill; false when there is nothing to undo. */
  undo(): Promise<boolean>;
  /** Called with the box's text whenever the user types in it; returns an unsubscribe function. */
  subscribe(listener: (text: string) => void): () => void;
}

export interface Viewer {
  id: string;
  name: string;
}

export interface PanelProps {
  form: FormInfo;
  box: TextBoxHandle;
  call: Call;
  viewer: Viewer | null;
}
