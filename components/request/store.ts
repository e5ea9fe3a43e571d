import { createStore } from 'zustand/vanilla';
import type { TemplateKind } from '@/storage/builtin-templates';
import { addStrength, EMPTY_POINTS, type TalkingPoints } from './compose';
import type { RequestGroup } from '@/storage/relationships';

export type Notice = { tone: 'ok' | 'error' | 'info'; text: string } | null;

export interface ComposerState {
  /** Null until the user picks one: the form's Relationship field decides until then. */
  group: RequestGroup | null;
  kind: TemplateKind;
  /** The template chosen for each `${group}:${kind}`. */
  chosen: Record<string, string>;
  points: TalkingPoints;
  /** What the user typed over the rendered text, per kind; absent means "follow the template". */
  drafts: Partial<Record<TemplateKind, string>>;
  canUndo: boolean;
  notice: Notice;
  /** Event keys already recorded or being recorded, so "I sent it" writes once. */
  recorded: Record<string, 'pending' | 'done'>;
  editorOpen: boolean;

  setGroup(group: RequestGroup): void;
  setKind(kind: TemplateKind): void;
  choose(key: string, templateId: string): void;
  setPoint(field: Exclude<keyof TalkingPoints, 'strengths'>, value: string): void;
  addStrength(value: string): void;
  removeStrength(value: string): void;
  setDraft(kind: TemplateKind, text: string | null): void;
  setNotice(notice: Notice): void;
  setCanUndo(can: boolean): void;
  mark(key: string, state: 'pending' | 'done' | null): void;
  toggleEditor(open?: boolean): void;
}

/** One store per mounted panel: two panels (or two tests) never share state. */
export function createComposerStore() {
  return createStore<ComposerState>()((set) => ({
    group: null,
    kind: 'request',
    chosen: {},
    points: EMPTY_POINTS,
    drafts: {},
    canUndo: false,
    notice: null,
    recorded: {},
    editorOpen: false,

    setGroup: (group) => set({ group, notice: null }),
    setKind: (kind) => set({ kind, notice: null }),
    choose: (key, templateId) =>
      set((s) => ({ chosen: { ...s.chosen, [key]: templateId }, drafts: { ...s.drafts, [s.kind]: undefined }, notice: null })),
    setPoint: (field, value) => set((s) => ({ points: { ...s.points, [field]: value } })),
    addStrength: (value) => set((s) => ({ points: { ...s.points, strengths: addStrength(s.points.strengths, value) } })),
    removeStrength: (value) => set((s) => ({ points: { ...s.points, strengths: s.points.strengths.filter((x) => x !== value) } })),
    setDraft: (kind, text) => set((s) => ({ drafts: { ...s.drafts, [kind]: text ?? undefined } })),
    setNotice: (notice) => set({ notice }),
    setCanUndo: (canUndo) => set({ canUndo }),
    mark: (key, state) =>
      set((s) => {
        const recorded = { ...s.recorded };
        if (state) recorded[key] = state;
        else delete recorded[key];
        return { recorded };
      }),
    toggleEditor: (open) => set((s) => ({ editorOpen: open ?? !s.editorOpen })),
  }));
}

export type ComposerStore = ReturnType<typeof createComposerStore>;
