import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTemplates } from '@/components/request/useTemplates';
import { setLanguage } from '@/components/i18n/t';
import type { Call } from '@/components/shared/client';
import type { ListedTemplate } from '@/storage/repositories/templates';

afterEach(() => setLanguage('auto'));

const list = (name: string) => [{ id: `user:${name}`, group: 'peer', kind: 'request', name, body: name, builtIn: false, edited: false, updatedAt: new Date(0) }] as ListedTemplate[];

describe('useTemplates', () => {
  it('shows the list for the language spoken now, even when the answer for the one before comes last', async () => {
    const answers = new Map<string, (l: ListedTemplate[]) => void>();
    const call = ((_type: string, payload: { language: string }) => new Promise((resolve) => answers.set(payload.language, resolve))) as unknown as Call;
    const { result, rerender } = renderHook(() => useTemplates(call));
    await waitFor(() => expect(answers.has('en')).toBe(true));
    await act(() => setLanguage('de'));
    rerender();
    await waitFor(() => expect(answers.has('de')).toBe(true));
    await act(async () => answers.get('de')!(list('Deutsch')));
    await act(async () => answers.get('en')!(list('English')));
    expect(result.current.templates.map((t) => t.name)).toEqual(['Deutsch']);
  });
});
