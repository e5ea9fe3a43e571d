import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { MessageOutput } from '@/storage/protocol';
import type { Relationship, EventType, VouchEvent } from '@/storage/types';
import { userEvent } from './actions';
import { History, type EventChange } from './History';
import { QuickActions } from './QuickActions';
import { readingKey } from './sync';
import { errorText } from '@/components/shared/explain';
import type { ProfileCardProps } from './ProfileCard';
import { UndoBar, type UndoEntry } from './UndoBar';
import { RELATIONSHIP_NAMES, stepText } from '@/components/shared/step-words';
import { eventLabel, sinceLine, statusSentence, stepLink } from './words';
import { forDisplay } from '@/components/shared/display';
import { t } from '@/components/i18n/t';
import { useBackground } from '@/components/shared/use-background';

type Summary = MessageOutput<'contact.summary'>;

const TAB_KEYS = { received: 'card.tabReceived', given: 'card.tabGiven' } as const;

/**
 * Why the status below may not reflect what the page shows, from what the reader names in
 * `missing`: the new front-end renders the card only once it is scrolled near (wait for it), a card
 * whose tabs or one tab cannot be read (LinkedIn changed it: say which), or a page that could not be
 * read at all. Null when the page was read in full.
 */
function readingNotice(profile: ProfileCardProps['profile'], firstName: string): string | null {
  const missing = profile.missing;
  const slots = { name: firstName, kept: t('card.keptBelow') };
  if (profile.recommendations === null) {
    if (missing.includes('recommendations.tabs')) return t('card.cantReadTabs', slots);
    if (missing.includes('recommendations')) return t('card.cantReadYet', slots);
    return t('card.cantReadPart', slots);
  }
  const tabs = (['received', 'given'] as const).filter((tab) => missing.includes(`recommendations.${tab}`));
  if (tabs.length === 0) return null;
  if (tabs.length > 1) return t('card.cantReadBothTabs', slots);
  return t('card.cantReadTab', { ...slots, tab: t(TAB_KEYS[tabs[0]!]) });
}

/** Where the user stands with the person whose profile is open, and what to do next. */
export function ConnectionCard({ profile, viewer, call, now, reminderAfterDays }: ProfileCardProps) {
  const contactId = profile.contact.id;
  const firstName = forDisplay(profile.contact.firstName || profile.contact.name, 40) || t('card.them');
  const me = viewer ?? profile.viewer;
  const headingId = useId();
  const [actError, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoEntry | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const working = useRef(false);
  const clock = useCallback(() => now ?? new Date(), [now]);

  // The background records what the page shows before the panel is told of it (owes.ts), so the
  // card only reads. It reads again when the page says something new (the lazy card appearing).
  const pageKey = useMemo(() => readingKey(profile, me?.id ?? null, clock()), [profile, me?.id, clock]);
  const summaryInput = useMemo(() => ({ contactId, ...(reminderAfterDays ? { reminderAfterDays } : {}) }), [contactId, reminderAfterDays]);
  const read = useBackground<Summary | null>(() => call('contact.summary', summaryInput), [pageKey, summaryInput, call], { initial: null });
  const summary = read.data;
  const refresh = read.reload;
  const error = actError ?? (read.error ? errorText(read.error) : null);

  /** Runs one change at a time; a double click does not record twice. */
  const act = async (work: () => Promise<UndoEntry>) => {
    if (working.current) return false;
    working.current = true;
    setError(null);
    try {
      const entry = await work();
      // Undo is offered once the card shows the change: an Undo clicked mid-refresh would be ignored.
      try {
        await refresh();
      } finally {
        setUndo(entry);
        setMessage(null);
      }
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      working.current = false;
    }
  };

  const undoLast = async () => {
    if (!undo || working.current) return;
    working.current = true;
    try {
      await undo.undo();
      setMessage(t('card.undone', { label: undo.label }));
      setUndo(null);
      await refresh();
    } catch (e) {
      setError(errorText(e));
    } finally {
      working.current = false;
    }
  };

  const record = (type: EventType, label: string) =>
    act(async () => {
      const e = userEvent(contactId, type, clock(), crypto.randomUUID());
      await call('events.append', { events: [e] });
      return { label: t('card.recorded', { label }), undo: () => call('events.delete', { key: e.key }) };
    });
  const remove = (e: VouchEvent) =>
    act(async () => {
      await call('events.delete', { key: e.key });
      return { label: t('card.removed', { label: eventLabel(e.type) }), undo: () => call('events.restore', { key: e.key }) };
    });
  const edit = (e: VouchEvent, change: EventChange) =>
    act(async () => {
      const { previous } = await call('events.update', { key: e.key, ...change });
      return {
        label: t('card.changed', { label: eventLabel(e.type) }),
        undo: () => call('events.update', { key: e.key, at: previous.at, text: previous.text ?? null }),
      };
    });
  const addNote = (text: string) =>
    act(async () => {
      const note = await call('notes.add', { contactId, text });
      return { label: t('card.noteSaved'), undo: () => call('notes.delete', { id: note.id! }) };
    });
  const setRelationship = (next: Relationship | null) =>
    act(async () => {
      const before = summary?.contact?.relationship ?? null;
      // Undoing a first choice leaves the contact as it was, not as if the user had cleared it.
      const clearedBefore = !!summary?.contact?.relationshipCleared;
      await call('contact.settings', { id: contactId, relationship: next });
      return {
        label: next ? t('card.relationshipSet', { label: RELATIONSHIP_NAMES[next] }) : t('card.relationshipCleared'),
        undo: () => call('contact.settings', { id: contactId, relationship: before, relationshipCleared: clearedBefore }),
      };
    });
  const setDoNotNudge = (next: boolean) =>
    act(async () => {
      await call('contact.settings', { id: contactId, doNotNudge: next });
      return {
        label: next ? t('card.noNudge', { name: firstName }) : t('card.nudgeAgain', { name: firstName }),
        undo: () => call('contact.settings', { id: contactId, doNotNudge: !next }),
      };
    });

  const r = summary?.status;
  const link = r ? stepLink(r.nextStep, contactId, profile.contact.memberUrn ?? summary?.contact?.memberUrn) : null;
  const since = r ? sinceLine(r) : null;
  const notice = readingNotice(profile, firstName);
  return (
    <section className="vouch-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="vouch-card-title">
        {t('card.youAnd', { name: firstName })}
      </h2>
      {notice ? <p className="notice info">{notice}</p> : null}
      {profile.recommendations !== null && !me ? (
        <p className="notice info">
          {t('card.whoAreYou', { name: firstName })}
        </p>
      ) : null}
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {!summary || !r ? (
        <p className="muted">{t('card.loading')}</p>
      ) : (
        <>
          <p className="vouch-status" data-status={r.status}>
            <strong>{statusSentence(r)}</strong>
          </p>
          {since ? <p className="muted vouch-since">{since}</p> : null}
          {r.nextStep ? (
            <p className="vouch-next" data-kind={r.nextStep.kind}>
              <span className="vouch-next-lead">{t('card.nextStep')}</span> {stepText(r.nextStep)}.
              {link ? (
                <>
                  {' '}
                  <a href={link.href}>{link.text}</a>
                </>
              ) : null}
            </p>
          ) : null}
          <QuickActions
            firstName={firstName}
            nextStep={r.nextStep}
            relationship={summary.contact?.relationship ?? null}
            doNotNudge={summary.contact?.doNotNudge ?? false}
            onEvent={(type, label) => void record(type, label)}
            onNote={addNote}
            onRelationship={(next) => void setRelationship(next)}
            onDoNotNudge={(next) => void setDoNotNudge(next)}
          />
          <History events={summary.recent} notes={summary.notes} onRemove={(e) => void remove(e)} onEdit={edit} />
        </>
      )}
      <UndoBar entry={undo} message={message} onUndo={() => void undoLast()} />
    </section>
  );
}
