import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/components/i18n/t';
import { ContextGoneError, VouchError } from '@/components/shared/client';
import { errorText, explain } from '@/components/shared/explain';
import { fillFailureOf, fillFailureText } from '@/components/shared/fill-failure';
import { createTextBoxHandle } from '@/components/linkedin/text-box';
import { BUILT_IN_TEMPLATES } from '@/storage/builtin-templates';
import { UserFacingError } from '@/storage/errors';
import { handler } from '@/storage/protocol/define';
import { createRouter } from '@/storage/protocol/router';
import { serve } from '@/storage/protocol/serve';
import { isSaid } from '@/storage/said';
import { backgroundFor, freshDb } from '../dashboard/helpers';

/**
 * The background's refusals and the panels' own failures reach the user in the language Vouch
 * speaks: the background sends a message name and slots, the page says it.
 */

const ROOT = process.cwd();
afterEach(() => setLanguage('auto'));

/** What a failed call says to the user, as the dashboard shows it. */
async function failure(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => 'it worked',
    (e: unknown) => errorText(e),
  );
}

describe('the background’s refusals', () => {
  it('are said in German when Vouch speaks German, nested reasons included', async () => {
    const { send } = backgroundFor(freshDb());
    await setLanguage('de');
    expect(await failure(send('backup.restore', { text: '{"format":"vouch-backup"' }))).toBe(
      'Diese Sicherung kann nicht wiederhergestellt werden: Die Datei ist kein vollständiges JSON (vielleicht ist sie beschädigt oder abgeschnitten). Nichts wurde geändert.',
    );
    expect(await failure(send('backup.restore', { text: JSON.stringify({ format: 'vouch-backup', version: 7 }) }))).toBe(
      'Diese Sicherung kann nicht wiederhergestellt werden: Sie stammt von einer neueren Vouch-Version (Sicherungsformat 7). Aktualisieren Sie Vouch und versuchen Sie es dann erneut. Nichts wurde geändert.',
    );
    expect(await failure(send('templates.delete', { id: BUILT_IN_TEMPLATES[0]!.id }))).toBe(
      'Die Vorlagen von Vouch lassen sich nicht löschen; Sie können sie aber bearbeiten oder zurücksetzen.',
    );
    expect(await failure(send('events.update', { key: 'no-such-event', text: 'x' }))).toBe('Dieses Ereignis ist nicht mehr in Ihrem Verlauf.');
    expect(await failure(send('ambiguity.dismiss', { id: 404 }))).toBe('Diese Frage ist schon beantwortet.');
  });

  it('say what was being done first, then why, in French', async () => {
    const { send } = backgroundFor(freshDb(), { readOnlyReason: { key: 'errors.newerVouch' } });
    await setLanguage('fr');
    const error = await send('notes.add', { contactId: 'sam', text: 'x' }).catch((e: unknown) => e);
    expect(explain(error, 'Échec.')).toBe(
      'Échec. Vos données Vouch ont été enregistrées par une version plus récente de Vouch. Pour les protéger, cette version se contente de les lire : mettez Vouch à jour pour faire des modifications.',
    );
  });

  it('keep English for English, and for the log a message name', async () => {
    const { send } = backgroundFor(freshDb());
    const error = await send('templates.reset', { id: 'user:mine' }).catch((e: unknown) => e);
    expect(errorText(error)).toBe('Only built-in templates can be reset.');
    expect((error as VouchError).message).toBe('errors.onlyBuiltIn');
  });
});

describe('the background’s own failures', () => {
  it('say in German that its data could not be opened, or that it could not do it; the detail stays in the log text', async () => {
    const sender = { id: 'x', url: 'chrome-extension://x/dashboard.html' };
    const cannotOpen = await serve(() => Promise.reject(new Error('backing store')))({ vouch: 1 }, sender);
    const broken = await serve(async () => () => Promise.reject(new TypeError('a bug')))({ vouch: 1 }, sender);
    await setLanguage('de');
    expect(!cannotOpen.ok && errorText(VouchError.of(cannotOpen))).toBe('Vouch konnte seine Daten nicht öffnen. Versuchen Sie es gleich noch einmal.');
    expect(!cannotOpen.ok && cannotOpen.error).toMatch(/backing store/);
    expect(!broken.ok && errorText(VouchError.of(broken))).toBe('Das konnte Vouch nicht erledigen.');
  });
});

describe('the sentence on the wire', () => {
  it('is a message name with short slots, finite numbers or sentences, and nothing else', () => {
    expect(isSaid({ key: 'errors.backup', slots: { why: { key: 'errors.newerData', slots: { version: 9 } } } })).toBe(true);
    expect(isSaid({ key: 'errors.backupTooLarge', count: 2 })).toBe(true);
    for (const bad of [
      null,
      'errors.backup',
      [],
      { key: 'errors' },
      { key: '<img src=x>.y' },
      { key: 'errors.backup', extra: 1 },
      { key: 'errors.backup', slots: [] },
      { key: 'errors.backup', slots: { why: Number.NaN } },
      { key: 'errors.backup', slots: { why: 'x'.repeat(2_001) } },
      { key: 'errors.backup', slots: { why: { key: 'errors.backup', nope: true } } },
      { key: 'errors.backup', count: Infinity },
    ]) {
      expect(isSaid(bad), JSON.stringify(bad)).toBe(false);
    }
    const deep = (n: number): unknown => (n === 0 ? { key: 'errors.couldNot' } : { key: 'errors.backup', slots: { why: deep(n - 1) } });
    expect(isSaid(deep(3))).toBe(true);
    expect(isSaid(deep(4))).toBe(false);
  });

  it('is checked by the router before it goes: a malformed one goes as a plain failure', async () => {
    const handlers = {
      'notes.add': handler({
        from: 'any',
        input: v.unknown(),
        run: async () => Promise.reject(new UserFacingError({ key: 'errors.backup', slots: { why: [] } } as never)),
      }),
    };
    const handle = createRouter(freshDb(), { extensionId: 'x', extensionOrigin: 'chrome-extension://x', handlers: handlers as never });
    const reply = await handle({ vouch: 1, type: 'notes.add', payload: {} }, { id: 'x', url: 'chrome-extension://x/dashboard.html' });
    expect(reply.ok).toBe(false);
    expect('said' in reply).toBe(false);
  });

  it('is checked by the page before it is said: a malformed one is not said', async () => {
    await setLanguage('de');
    expect(errorText(new VouchError('Refused: not a Vouch message.', false, { key: 'x' } as never))).toBe('Refused: not a Vouch message.');
    expect(errorText(new VouchError('errors.eventGone', false, { key: 'errors.eventGone' }))).toBe('Dieses Ereignis ist nicht mehr in Ihrem Verlauf.');
  });
});

describe('the pages’ own failures', () => {
  it('are said in the language Vouch speaks', async () => {
    await setLanguage('es');
    expect(errorText(new ContextGoneError('Vouch was updated, reload this tab.'))).toBe('Vouch se ha actualizado: vuelve a cargar esta pestaña.');
    expect(explain(new ContextGoneError('gone'), 'No se ha guardado.')).toBe('Vouch se ha actualizado: vuelve a cargar esta pestaña.');
    expect(errorText(new VouchError('Vouch did not answer.', true, { key: 'errors.noAnswer' }))).toBe('Vouch no ha respondido.');
    expect(errorText(new Error(''))).toBe('Vouch no ha podido hacerlo.');
    await setLanguage('pt_BR');
    expect(errorText(undefined)).toBe('O Vouch não conseguiu fazer isso.');
  });
});

describe('a fill that failed', () => {
  it('comes from the page as a code and numbers, and the panel says it', async () => {
    const input = document.createElement('textarea');
    input.maxLength = 10;
    document.body.append(input);
    const handle = createTextBoxHandle(() => input, new AbortController().signal);
    const result = handle.fill('x'.repeat(1_200));
    expect(result).toEqual({ ok: false, reason: { code: 'tooLong', length: 1_200, max: 10 } });
    await setLanguage('de');
    expect(fillFailureText(fillFailureOf(!result.ok && result.reason))).toBe('Der Text hat 1.200 Zeichen; das Feld von LinkedIn nimmt 10.');
    input.maxLength = -1;
    input.readOnly = true;
    expect(handle.fill('x')).toEqual({ ok: false, reason: { code: 'locked' } });
    input.remove();
    expect(handle.fill('x')).toEqual({ ok: false, reason: { code: 'absent' } });
    expect(fillFailureText({ code: 'absent' })).toBe('Das Textfeld von LinkedIn ist noch nicht auf der Seite.');
  });

  it('is checked when it arrives: anything but a known code is a page Vouch cannot reach', () => {
    expect(fillFailureOf({ code: 'locked' })).toEqual({ code: 'locked' });
    expect(fillFailureOf({ code: 'tooLong', length: 12, max: 10 })).toEqual({ code: 'tooLong', length: 12, max: 10 });
    for (const bad of ["LinkedIn's text box is locked right now.", null, { code: 'tooLong', length: '12', max: 10 }, { code: 'toString' }, { code: 'evil' }]) {
      expect(fillFailureOf(bad), JSON.stringify(bad)).toEqual({ code: 'unreachable' });
    }
  });
});

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** Words thrown or sent for the user, written in English into the code rather than named. */
export function englishRefusals(code: string): string[] {
  const found: string[] = [];
  const patterns = [/new UserFacingError\(\s*(['"`][^'"`]*)/g, /\breason:\s*(['"`][^'"`]*)/g];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[0]);
  return found;
}

describe('no refusal in plain English comes back', () => {
  it('UserFacingError takes a message name, not words (the type says so)', () => {
    // @ts-expect-error: a sentence must be a message name (typecheck fails if this is allowed)
    const plain = new UserFacingError('This backup is broken.');
    expect(isSaid(plain.said)).toBe(false);
    // @ts-expect-error: only names in the messages file
    expect(() => new UserFacingError({ key: 'errors.noSuchMessage' })).not.toThrow();
  });

  it('finds an English refusal or fill reason written into the code', () => {
    expect(englishRefusals(`throw new UserFacingError('That is gone.'); return { ok: false, reason: "locked" };`)).toHaveLength(2);
    expect(englishRefusals(`throw new UserFacingError({ key: 'errors.eventGone' }); return { ok: false, reason: { code: 'locked' } };`)).toEqual([]);
  });

  it('has none in storage/ or components/', () => {
    const files = [...sources('storage'), ...sources('components')];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => englishRefusals(readFileSync(join(ROOT, f), 'utf8')).map((m) => `${f}: ${m}`))).toEqual([]);
  });
});
