import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInTemplates } from '@/storage/builtin-templates';
import { RequestComposer } from '@/components/request/RequestComposer';
import { renderTemplate } from '@/components/request/templates';
import { suggestedStrengths } from '@/components/request/strengths';
import { setLanguage } from '@/components/i18n/t';
import type { Call } from '@/components/shared/client';
import type { FormInfo, TextBoxHandle } from '@/components/shared/panel-api';
import type { Language } from '@/storage/settings';

afterEach(() => setLanguage('auto'));

const FORM: FormInfo = {
  kind: 'request',
  contact: { id: 'anna-schmidt', name: 'Anna Schmidt', firstName: 'Anna' },
  maxLength: 3000,
  relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE',
  hasTextBox: true,
  missing: [],
};

function setup() {
  const box = { read: vi.fn(() => ''), fill: vi.fn(async () => ({ ok: true as const })), undo: vi.fn(async () => false), subscribe: vi.fn(() => () => {}) } satisfies TextBoxHandle;
  // A background that lists the built-ins in the language asked, as storage does.
  const fn = vi.fn(async (type: string, payload: { language?: Language }): Promise<unknown> => {
    if (type === 'templates.list') return builtInTemplates(payload.language ?? 'en').map((t) => ({ ...t, builtIn: true, edited: false, updatedAt: new Date(0) }));
    if (type === 'requests.sentBefore') return [];
    if (type === 'draft.get') return null;
    return {};
  });
  const view = render(<RequestComposer form={FORM} box={box} call={fn as unknown as Call} viewer={{ id: 'jonas', name: 'Jonas Weber' }} />);
  return { fn, view, preview: () => view.container.querySelector<HTMLTextAreaElement>('#vouch-rc-preview')! };
}

describe('the composer in the language Vouch speaks', () => {
  it.each(['de', 'fr', 'es', 'pt_BR'] as const)('asks for the built-ins in %s, renders them and suggests strengths in it', async (lang) => {
    await setLanguage(lang);
    const { fn, view, preview } = setup();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(fn.mock.calls.filter((c) => c[0] === 'templates.list').map((c) => c[1])).toContainEqual({ language: lang });
    const first = builtInTemplates(lang).find((t) => t.group === 'manager' && t.kind === 'request')!;
    expect(preview().value).toBe(renderTemplate(first.body, { firstName: 'Anna', myName: 'Jonas', strengths: [] }, lang));
    const chips = [...view.container.querySelectorAll('.vouch-suggestions button')].map((b) => b.textContent);
    expect(chips).toEqual(suggestedStrengths('manager', lang).map((s) => `+ ${s}`));
  });

  it('stays in English when Vouch speaks English', async () => {
    const { fn } = setup();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(fn.mock.calls.find((c) => c[0] === 'templates.list')?.[1]).toEqual({ language: 'en' });
  });
});
