import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInTemplates } from '@/storage/builtin-templates';
import { RequestComposer } from '@/components/request/RequestComposer';
import { renderTemplate } from '@/components/request/templates';
import { suggestedStrengths } from '@/components/request/strengths';
import { setLanguage } from '@/components/i18n/t';
import type { Call } from '@/components/shared/client';
import type { FormInfo, TextBoxHandle } from '@/components/shared/panel-api';
import type { Language } from '@/storage/settings';

// A language's texts are a chunk of their own: on a busy machine the first import may take a while.
vi.setConfig({ testTimeout: 30_000 });
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
    if (type === 'templates.list') return (await builtInTemplates(payload.language ?? 'en')).map((t) => ({ ...t, builtIn: true, edited: false, updatedAt: new Date(0) }));
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
    const first = (await builtInTemplates(lang)).find((t) => t.group === 'manager' && t.kind === 'request')!;
    // The language's own texts are chunks: on a busy machine, the first read of one takes a while.
    await waitFor(() => expect(preview().value).toBe(renderTemplate(first.body, { firstName: 'Anna', myName: 'Jonas', strengths: [] }, lang)), { timeout: 10_000 });
    expect(fn.mock.calls.filter((c) => c[0] === 'templates.list').map((c) => c[1])).toContainEqual({ language: lang });
    const chips = [...view.container.querySelectorAll('.vouch-suggestions button')].map((b) => b.textContent);
    expect(chips).toEqual(suggestedStrengths('manager', lang).map((s) => `+ ${s}`));
  });

  it('says in German that the message is in LinkedIn\'s box', async () => {
    await setLanguage('de');
    const { view } = setup();
    const use = await screen.findByRole('button', { name: 'Diese Nachricht verwenden' }, { timeout: 10_000 });
    await waitFor(() => expect(use.hasAttribute('disabled')).toBe(false), { timeout: 10_000 });
    fireEvent.click(use);
    await screen.findByText(/steht im Textfeld von LinkedIn/, undefined, { timeout: 10_000 });
    expect(view.container.textContent).not.toMatch(/Read it over/);
  });

  it('stays in English when Vouch speaks English', async () => {
    const { fn } = setup();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(fn.mock.calls.find((c) => c[0] === 'templates.list')?.[1]).toEqual({ language: 'en' });
  });
});

// Our own requests, written for these tests: none names the person.
const GERMAN = 'Ich hoffe, es geht Ihnen gut. Wären Sie bereit, mir eine kurze Empfehlung auf LinkedIn zu schreiben? Vielen Dank und bis bald.';
const ITALIAN = 'Spero che tu stia bene. Ti andrebbe di scrivermi una breve raccomandazione su LinkedIn? Grazie mille e a presto.';

async function typeMessage(text: string) {
  const { preview } = setup();
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  fireEvent.change(preview(), { target: { value: text } });
  return preview;
}

describe("a fix adds words in the message's own language", () => {
  it('greets in German a German message, under a German interface', async () => {
    await setLanguage('de');
    const preview = await typeMessage(GERMAN);
    const greet = await screen.findByRole('button', { name: 'Anna begrüßen' }, { timeout: 10_000 });
    expect(screen.getByText('“Hallo Anna,”')).toBeTruthy();
    fireEvent.click(greet);
    expect(preview().value).toBe(`Hallo Anna,\n\n${GERMAN}`);
    expect(screen.queryByRole('button', { name: 'Anna begrüßen' })).toBeNull();
  });

  it('greets in German a German message, under an English interface too', async () => {
    const preview = await typeMessage(GERMAN);
    fireEvent.click(await screen.findByRole('button', { name: 'Greet Anna' }, { timeout: 10_000 }));
    expect(preview().value).toBe(`Hallo Anna,\n\n${GERMAN}`);
  });

  it('offers no greeting to add for a language Vouch does not write', async () => {
    await setLanguage('de');
    await typeMessage(ITALIAN);
    await screen.findByText(/Anna/, { selector: '.vouch-finding-message' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Anna begrüßen' })).toBeNull();
    expect(document.querySelector('.vouch-suggestion')).toBeNull();
  });
});
