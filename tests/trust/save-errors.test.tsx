import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoachPanel } from '@/components/coach/CoachPanel';
import { ContextGoneError, VouchError } from '@/components/shared/client';
import { explain } from '@/components/shared/explain';
import { ENGLISH, say } from '@/components/i18n/said';
import type { FormInfo, TextBoxHandle } from '@/components/shared/panel-api';
import { createDb, type VouchDb } from '@/storage/db';
import { NEWER_DATA_MESSAGE } from '@/storage/open';
import type { RouterOptions } from '@/storage/protocol/router';
import { routerCall } from './router-call';

/**
 * When the background refuses a save (a full disk rolls the write back; data from a newer Vouch is
 * read-only), the panel shows the background's own explanation, not a generic failure.
 */

const FULL_DISK = 'Your disk is full: nothing was saved. Free some space and try again.';
const FORM: FormInfo = {
  kind: 'write',
  contact: { id: 'jane', name: 'Jane Doe', firstName: 'Jane' },
  maxLength: 3000,
  relationship: null,
  hasTextBox: true,
  missing: [],
};

function liveBox() {
  let value = '';
  const listeners = new Set<(t: string) => void>();
  const box: TextBoxHandle = {
    read: () => value,
    fill: async (t) => {
      value = t;
      return { ok: true };
    },
    undo: async () => false,
    subscribe: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
  const type = (t: string) => {
    value = t;
    for (const l of listeners) l(t);
  };
  return { box, type };
}

let db: VouchDb;
beforeEach(async () => {
  db = createDb(`save-errors-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function typeInCoach(opts: Partial<RouterOptions> = {}) {
  const { box, type } = liveBox();
  render(<CoachPanel form={FORM} box={box} call={routerCall(db, opts)} viewer={null} />);
  await act(async () => {});
  act(() => type('Jane rebuilt our on-call rotation and taught the team to write postmortems.'));
  return () => screen.getByRole('alert').textContent;
}

describe('save errors reach the user in plain words', () => {
  it('the coach says the disk is full, and nothing was saved', async () => {
    db.drafts.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const alert = await typeInCoach();
    await waitFor(() => expect(alert()).toBe(`Vouch could not save your draft. ${FULL_DISK}`), { timeout: 5_000 });
    expect(await db.drafts.count()).toBe(0);
  });

  it('the coach says the data is from a newer Vouch and only read', async () => {
    const alert = await typeInCoach({ readOnlyReason: NEWER_DATA_MESSAGE });
    await waitFor(() => expect(alert()).toBe(`Vouch could not save your draft. ${say(NEWER_DATA_MESSAGE, ENGLISH)}`), { timeout: 5_000 });
    expect(await db.drafts.count()).toBe(0);
  });

  it('explain: the background\'s words, the update notice, or the fallback alone', () => {
    expect(explain(new VouchError(FULL_DISK), 'Vouch could not save your note.')).toBe(`Vouch could not save your note. ${FULL_DISK}`);
    expect(explain(new ContextGoneError('Vouch was updated, reload this tab.'), 'Vouch could not save your note.')).toBe(
      'Vouch was updated, reload this tab.',
    );
    expect(explain(new Error('The message port closed before a response was received.'), 'Vouch could not save your note.')).toBe(
      'Vouch could not save your note.',
    );
  });
});
