import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel } from '@/components/coach/CoachPanel';
import { setLanguage } from '@/components/i18n/t';
import type { Call } from '@/components/shared/client';
import type { FormInfo } from '@/components/shared/panel-api';
import { fakeBox } from './fake-box';

// A language's texts are a chunk of their own: on a busy machine the first import may take a while.
vi.setConfig({ testTimeout: 30_000 });
afterEach(() => setLanguage('auto'));

// Our own texts, written for these tests.
const ENGLISH = 'I worked with Jane at Acme for two years and she was always the first to help the team.';
const FRENCH = 'J’ai travaillé avec Jane chez Acme pendant deux ans et elle a toujours été la première à aider l’équipe.';
const ITALIAN = 'Ho lavorato con Jane per due anni e lei è sempre stata la prima ad aiutare il gruppo di lavoro.';

const FORM: FormInfo = {
  kind: 'write',
  contact: { id: 'jane', name: 'Jane Doe', firstName: 'Jane' },
  maxLength: 3000,
  relationship: 'WORKED_IN_SAME_GROUP',
  hasTextBox: true,
  missing: [],
};

async function mount(text: string) {
  const { box } = fakeBox(text);
  const call = vi.fn(async (type: string): Promise<unknown> => (type === 'notes.list' ? [{ id: 1, contactId: 'jane', text: 'Led the 2023 audit; errors down 40%', at: new Date(0) }] : null));
  render(<CoachPanel form={FORM} box={box} call={call as unknown as Call} viewer={null} />);
  // The notes, the text's language and the openers' language load asynchronously.
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
  return { box, value: () => box.read() };
}

/** Waits for `first` to be offered (its language's openers load as a chunk of their own), then lists what is offered. */
async function offeredOnce(prefix: string, first: string): Promise<string[]> {
  await screen.findByRole('button', { name: prefix + first }, { timeout: 10_000 });
  return openers(new RegExp(`^${prefix}`));
}

const openers = (label: RegExp) => screen.queryAllByRole('button', { name: label }).map((b) => b.getAttribute('aria-label')!.replace(label, ''));

describe('the coach writes its starters in the language the user writes in', () => {
  it('in German on an empty box when Vouch speaks German, and inserts them on a click', async () => {
    await setLanguage('de');
    const { box, value } = await mount('');
    const offered = await offeredOnce('Einfügen: ', 'Ich habe mit Jane im selben Team gearbeitet,');
    expect(offered).toContain('Was Jane auszeichnet, ist die Art, wie');
    expect(offered.join(' ')).not.toMatch(/\b(?:I|worked|recommend)\b/);
    fireEvent.click(screen.getByRole('button', { name: 'Einfügen: Ich habe mit Jane im selben Team gearbeitet,' }));
    await act(async () => {});
    expect(box.fill).toHaveBeenCalledWith('Ich habe mit Jane im selben Team gearbeitet, ');
    expect(value()).toBe('Ich habe mit Jane im selben Team gearbeitet, ');
  });

  it('in English for English text, though Vouch speaks German', async () => {
    await setLanguage('de');
    await mount(ENGLISH);
    await offeredOnce('Einfügen: ', 'I would work with Jane again');
  });

  it('in French for French text, though Vouch speaks English', async () => {
    await mount(FRENCH);
    const offered = await offeredOnce('Insert: ', 'Ce qui distingue Jane, c’est la façon dont');
    expect(offered.join(' ')).not.toMatch(/\b(?:I|worked|recommend)\b/);
    // The message asking Jane to approve the draft is in French too, the draft under it.
    const ask = screen.getByLabelText<HTMLTextAreaElement>('Message with your draft').value;
    expect(ask).toMatch(/^Bonjour Jane,\n/);
    expect(ask).toContain(`---\n${FRENCH}\n---`);
    expect(ask).not.toMatch(/\b(?:writing|draft|pressure)\b/);
  });

  it('in the language Vouch speaks for a language it does not write', async () => {
    await setLanguage('es');
    await mount(ITALIAN);
    await offeredOnce('Insertar: ', 'Lo que distingue a Jane es cómo');
  });
});
