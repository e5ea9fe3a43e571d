import { useMemo, useRef, useState } from 'react';
import type { PanelProps } from '@/components/shared/panel-api';
import type { Contact, Note } from '@/storage/types';
import { LINKEDIN_MAX_LENGTH, PARTS, analyzeRecommendation, type PartName } from './analyze';
import { Findings } from './Findings';
import { GreenLight } from './GreenLight';
import { buildGivenEvent, buildGreenLightEvent, greenLightMessage } from './green-light';
import { appendStarter } from './highlight';
import { Meter } from './Meter';
import { currentLanguage, formatNumber, t } from '@/components/i18n/t';
import { useLanguageTexts } from '@/components/i18n/texts';
import { NotesJournal } from './NotesJournal';
import { previewCut } from './preview';
import { isUpward } from './relationship';
import { Starters } from './Starters';
import { STARTER_TEXTS, startersFor } from './starters';
import { useLiveText } from './useLiveText';
import { forDisplay } from '@/components/shared/display';
import { explain } from '@/components/shared/explain';
import { fillFailureText } from '@/components/shared/fill-failure';
import { useAutosave } from '@/components/shared/use-autosave';
import { useBackground } from '@/components/shared/use-background';
import { addInto, forChecks } from '@/components/shared/language';
import { useTextLanguage } from '@/components/shared/use-text-language';

/** The writing coach beside LinkedIn's write-a-recommendation box. Acts on the box only on a click. */
export function CoachPanel({ form, box, call, viewer }: PanelProps) {
  const contactId = form.contact.id;
  const [recorded, setRecorded] = useState({ asked: false, given: false });
  const [problem, setProblem] = useState<string | null>(null);
  const [focusedPart, setFocusedPart] = useState<PartName | null>(null);
  /** What the user typed last, the text the draft keeps (the box's text before any typing is not theirs). */
  const typed = useRef<string | null>(null);
  const target = useRef({ call, contactId });
  target.current = { call, contactId };
  const draft = useAutosave({
    current: () => typed.current,
    save: (next) => target.current.call('draft.save', { contactId: target.current.contactId, kind: 'write', text: next }),
    onError: (e) => setProblem(explain(e, t('coach.couldNotSave'))),
  });
  const { text, refresh } = useLiveText(box, (next) => {
    typed.current = next;
    draft.schedule();
  });

  const contact = useBackground<Contact | null>(() => call('contact.get', { id: contactId }).catch(() => null), [call, contactId], { initial: null }).data;
  const notesRead = useBackground<Note[]>(() => call('notes.list', { contactId }), [call, contactId], { initial: [] });
  const notes = notesRead.data;
  const notesProblem = notesRead.error ? explain(notesRead.error, t('coach.couldNotLoadNotes')) : null;
  const offer = useBackground<string | null>(
    () => {
      const initial = box.read();
      return call('draft.get', { contactId, kind: 'write' }).then((d) => (d && d.text.trim() && d.text !== initial ? d.text : null), () => null);
    },
    [call, contactId, box],
    { initial: null },
  );
  const savedDraft = offer.data;
  const setSavedDraft = offer.set;

  const name = form.contact.name ?? contact?.name;
  const firstName = form.contact.firstName ?? contact?.firstName ?? name?.split(/\s+/)[0];
  const upward = isUpward(form.relationship, contact?.relationship);
  const noteTexts = useMemo(() => notes.map((n) => n.text), [notes]);
  const maxLength = form.maxLength ?? LINKEDIN_MAX_LENGTH;
  const written = useTextLanguage(text);
  const language = forChecks(written);
  const analysis = useMemo(
    () => analyzeRecommendation(text, { name: firstName, notes: noteTexts, maxLength, language }),
    [text, firstName, noteTexts, maxLength, language],
  );
  // Openers in the language the user writes in; in the language Vouch speaks when the box is too
  // short to tell or is in a language Vouch does not write (each opener is read before it is chosen).
  const starterTexts = useLanguageTexts(STARTER_TEXTS, addInto(written, currentLanguage()) ?? currentLanguage());
  const missing = PARTS.filter((p) => !analysis.parts[p]);
  const starters = useMemo(
    () =>
      // None until the language's openers have loaded: never another language's meanwhile.
      starterTexts
        ? startersFor(
            missing,
            {
              name,
              firstName,
              // The role chosen on the form is the one this recommendation is about; their headline is today's.
              headline: form.position ?? contact?.headline,
              company: form.position ? undefined : contact?.company,
              relationship: form.relationship,
              contactRelationship: contact?.relationship,
              notes: noteTexts,
            },
            starterTexts,
          )
        : [],
    // `missing` is derived from analysis; its joined form is a stable dependency.
    [missing.join(), name, firstName, contact, form.relationship, form.position, noteTexts, starterTexts],
  );
  const preview = previewCut(text);

  const fill = async (next: string) => {
    const result = await box.fill(next);
    if (!result.ok) setProblem(fillFailureText(result.reason));
    else setProblem(null);
    refresh();
  };
  const record = async (which: 'asked' | 'given') => {
    const at = new Date();
    const event = which === 'asked' ? buildGreenLightEvent({ contactId, text, at }) : buildGivenEvent({ contactId, text, at });
    try {
      await call('events.append', { events: [event] });
      setRecorded((r) => ({ ...r, [which]: true }));
    } catch (e) {
      setProblem(explain(e, t('coach.couldNotRecord')));
    }
  };
  const addNote = async (noteText: string) => {
    try {
      const note = await call('notes.add', { contactId, text: noteText });
      notesRead.set((n) => [note, ...n]);
    } catch (e) {
      setProblem(explain(e, t('coach.couldNotSaveNote')));
    }
  };

  return (
    <div className="coach-panel" role="complementary" aria-label={t('coach.label')}>
      <h2>{firstName ? t('coach.titleFor', { name: forDisplay(firstName, 40) }) : t('coach.title')}</h2>
      {upward && <p className="notice info">{t('coach.upward')}</p>}
      {form.missing.length > 0 && (
        <p className="notice warn">{t('coach.cantRead', { parts: form.missing.join(', ') })}</p>
      )}
      {(problem ?? notesProblem) && (
        <p className="notice error" role="alert">
          {problem ?? notesProblem}
        </p>
      )}
      {!form.hasTextBox ? (
        <p className="notice info">{t('coach.waitingForBox', { name: firstName ? forDisplay(firstName, 40) : t('panel.thisPerson') })}</p>
      ) : (
        <>
          {savedDraft !== null && (
            <div className="notice info coach-draft-offer" role="group" aria-label={t('coach.savedDraft')}>
              <p>{t(text.trim() ? 'coach.draftForReplace' : 'coach.draftFor', { name: firstName ? forDisplay(firstName, 40) : t('panel.thisPerson') })}</p>
              <button type="button" className="primary" onClick={() => { fill(savedDraft); setSavedDraft(null); }}>
                {t('coach.restore')}
              </button>{' '}
              <button type="button" onClick={() => setSavedDraft(null)}>
                {t('coach.notNow')}
              </button>
            </div>
          )}
          {language !== 'en' && text.trim() && <p className="notice info">{t('checks.englishOnly')}</p>}
          <Meter analysis={analysis} upward={upward} onFocusPart={setFocusedPart} />
          <p className={text.length > maxLength * 0.9 ? 'coach-length warn' : 'coach-length'} data-testid="length">
            {t('request.charactersOf', { n: formatNumber(text.length), max: formatNumber(maxLength) })}
          </p>
          <Findings
            text={text}
            findings={analysis.findings}
            upward={upward}
            sentences={analysis.sentences}
            focusedPart={focusedPart}
            example={starterTexts?.example}
            onStarter={(s) => fill(appendStarter(box.read(), s))}
          />
          {text.trim() && (
            <section className="coach-preview" aria-label={t('coach.previewLabel')}>
              <h3>{t('coach.previewHeading')}</h3>
              <p>
                {preview.visible}
                {preview.cut && <span className="muted">{t('coach.seeMore')}</span>}
              </p>
              <p className="muted">{t('coach.previewEstimate')}</p>
            </section>
          )}
          <Starters starters={starters} upward={upward} onInsert={(s) => fill(appendStarter(box.read(), s))} />
          {text.trim() && starterTexts && (
            <GreenLight
              message={greenLightMessage({ firstName, draft: text, senderName: viewer?.name }, starterTexts.greenLight)}
              asked={recorded.asked}
              given={recorded.given}
              onAsked={() => void record('asked')}
              onGiven={() => void record('given')}
            />
          )}
        </>
      )}
      <NotesJournal notes={notes} onAdd={addNote} />
    </div>
  );
}
