import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { PanelProps } from '@/components/shared/panel-api';
import { TEMPLATE_KINDS, type TemplateKind } from '@/storage/builtin-templates';
import { forDisplay } from '@/components/shared/display';
import { currentLanguage, speaker, t } from '@/components/i18n/t';
import { GROUP_NAMES, KIND_NAMES } from '@/components/shared/step-words';
import type { Finding } from './checks';
import { EMPTY_POINTS, firstNameOf, findingsFor, varsFor, type TalkingPoints } from './compose';
import { recordedKey } from '@/storage/event-keys';
import { SENT_EVENT_FOR_KIND, buildSentEvent } from './events';
import { FindingList } from './FindingList';
import { addInto, forChecks } from '@/components/shared/language';
import { useTextLanguage } from '@/components/shared/use-text-language';
import { useLanguageTexts } from '@/components/i18n/texts';
import { applyFix, FIX_TEXTS, fixFor, type Fix } from './fixes';
import { REQUEST_GROUPS, groupForRelationship, isRequestGroup } from '@/storage/relationships';
import { createComposerStore } from './store';
import { TalkingPointsForm } from './TalkingPointsForm';
import { TemplateEditor } from './TemplateEditor';
import { renderTemplate } from './templates';
import { useSentBefore, useTemplates } from './useTemplates';
import { useRequestDraft } from './useRequestDraft';
import { errorText } from '@/components/shared/explain';
import { fillFailureText } from '@/components/shared/fill-failure';

export interface RequestComposerProps extends PanelProps {
  /** The clock, for tests. */
  now?: () => Date;
}

function hasPoints(points: TalkingPoints): boolean {
  return (Object.keys(EMPTY_POINTS) as (keyof TalkingPoints)[]).some((k) => {
    const value = points[k];
    return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
  });
}

/** The request composer: a tailored, checked request, placed in LinkedIn's box on the user's click. */
export function RequestComposer({ form, box, call, viewer, now = () => new Date() }: RequestComposerProps) {
  const [store] = useState(createComposerStore);
  const s = useStore(store);
  const { templates, error: templatesError, reload } = useTemplates(call);
  // The built-ins come in the language Vouch speaks; the strengths are joined in the same one.
  const lang = currentLanguage();
  const sentBefore = useSentBefore(call, form.contact.id);
  const previewRef = useRef<HTMLTextAreaElement>(null);
  const projectRef = useRef<HTMLInputElement>(null);
  const tabRefs = useRef<Partial<Record<TemplateKind, HTMLButtonElement | null>>>({});
  const ids = { group: 'vouch-rc-group', template: 'vouch-rc-template', preview: 'vouch-rc-preview', panel: 'vouch-rc-panel' };

  const group = s.group ?? groupForRelationship(form.relationship, form.kind) ?? 'peer';
  const kind = s.kind;
  const choices = templates.filter((t) => t.group === group && t.kind === kind);
  const choiceKey = `${group}:${kind}`;
  const template = choices.find((t) => t.id === s.chosen[choiceKey]) ?? choices[0] ?? null;
  const vars = useMemo(() => varsFor(form, viewer, s.points), [form, viewer, s.points]);
  const rendered = useMemo(() => (template ? renderTemplate(template.body, vars, lang) : ''), [template, vars, lang]);
  const text = s.drafts[kind] ?? rendered;
  // The Request tab's text is kept as a draft, whichever tab is open.
  const requestTemplate =
    kind === 'request'
      ? template
      : (templates.filter((t) => t.group === group && t.kind === 'request').find((t) => t.id === s.chosen[`${group}:request`]) ??
        templates.find((t) => t.group === group && t.kind === 'request') ??
        null);
  const requestRendered = useMemo(() => (requestTemplate ? renderTemplate(requestTemplate.body, vars, lang) : ''), [requestTemplate, vars, lang]);
  const requestText = s.drafts.request ?? requestRendered;
  const draft = useRequestDraft({
    call,
    contactId: form.contact.id,
    store,
    text: requestText,
    dirty: s.drafts.request !== undefined || hasPoints(s.points),
  });
  const firstName = firstNameOf(form.contact);
  // The panel shows first; its checks run from the next frame, so LinkedIn's form never waits on them.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(id);
  }, []);
  const written = useTextLanguage(text);
  const language = forChecks(written);
  // A fix adds words in the message's own language (Vouch's when too short to tell), never in another.
  const fixTexts = useLanguageTexts(FIX_TEXTS, addInto(written, lang));
  const findings = useMemo(
    () => (painted ? findingsFor(kind, text, { firstName, sentBefore, maxLength: form.maxLength ?? undefined, language }) : []),
    [painted, kind, text, firstName, sentBefore, form.maxLength, language],
  );
  const sentType = SENT_EVENT_FOR_KIND[kind];
  const sentKey = sentType ? recordedKey(sentType, { contactId: form.contact.id, text, at: now() }) : null;
  const sentState = sentKey ? s.recorded[sentKey] : undefined;

  const showSpan = (f: Finding) => {
    const el = previewRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };

  const onFix = (f: Finding, fix: Fix) => {
    if (fix.placement === 'use-template') s.setDraft(kind, null);
    else if (fix.placement === 'none') projectRef.current?.focus();
    else s.setDraft(kind, applyFix(text, f, fix));
  };

  const fill = async () => {
    const result = await box.fill(text);
    if (result.ok) {
      s.setCanUndo(true);
      s.setNotice({ tone: 'ok', text: t('request.inBox') });
    } else {
      s.setNotice({ tone: 'error', text: t('request.couldNotPlace', { reason: fillFailureText(result.reason) }) });
    }
  };

  const undo = async () => {
    const undone = await box.undo();
    s.setCanUndo(false);
    s.setNotice(undone ? { tone: 'info', text: t('request.boxRestored') } : { tone: 'info', text: t('request.nothingToUndo') });
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      s.setNotice({ tone: 'ok', text: t('request.copiedPaste') });
    } catch {
      // Without clipboard access, select the text so the user can copy it with the keyboard.
      previewRef.current?.focus();
      previewRef.current?.select();
      s.setNotice({ tone: 'info', text: t('request.selected') });
    }
  };

  const markSent = async () => {
    if (!sentType || !sentKey || !text.trim()) return;
    // Read the store directly: a second click in the same tick must see the first one's mark.
    if (store.getState().recorded[sentKey]) return;
    s.mark(sentKey, 'pending');
    try {
      await call('events.append', { events: [buildSentEvent(sentType, { contactId: form.contact.id, text, at: now() })] });
      store.getState().mark(sentKey, 'done');
      if (kind === 'request') draft.discard();
      s.setNotice({ tone: 'ok', text: t('request.recordedSent', { name: forDisplay(form.contact.name ?? firstName ?? '', 60) || t('panel.thisPerson') }) });
    } catch (e) {
      store.getState().mark(sentKey, null);
      s.setNotice({ tone: 'error', text: t('request.notRecorded', { reason: errorText(e) }) });
    }
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TEMPLATE_KINDS.indexOf(kind);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TEMPLATE_KINDS.length
      : e.key === 'ArrowLeft' ? (i - 1 + TEMPLATE_KINDS.length) % TEMPLATE_KINDS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? TEMPLATE_KINDS.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    const k = TEMPLATE_KINDS[next]!;
    s.setKind(k);
    tabRefs.current[k]?.focus();
  };

  return (
    <div className="vouch-composer" data-testid="request-composer">
      {form.missing.length > 0 ? (
        <p className="notice warn" role="status">
          {t('request.cantRead', { parts: form.missing.join(', ') })}
        </p>
      ) : null}

      <div className="vouch-field">
        <label htmlFor={ids.group}>{t('request.relationship')}</label>
        <select id={ids.group} value={group} onChange={(e) => isRequestGroup(e.target.value) && s.setGroup(e.target.value)}>
          {REQUEST_GROUPS.map((g) => (
            <option key={g} value={g}>
              {GROUP_NAMES[g]}
            </option>
          ))}
        </select>
      </div>

      <div role="tablist" aria-label={t('request.kindLabel')} className="vouch-tabs">
        {TEMPLATE_KINDS.map((k) => (
          <button
            key={k}
            ref={(el) => {
              tabRefs.current[k] = el;
            }}
            type="button"
            role="tab"
            id={`vouch-rc-tab-${k}`}
            aria-selected={k === kind}
            aria-controls={ids.panel}
            tabIndex={k === kind ? 0 : -1}
            onClick={() => s.setKind(k)}
            onKeyDown={onTabKey}
          >
            {KIND_NAMES[k]}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={ids.panel} aria-labelledby={`vouch-rc-tab-${kind}`} className="vouch-tabpanel">
        <div className="vouch-field">
          <label htmlFor={ids.template}>{t('request.template')}</label>
          <div className="vouch-row">
            <select id={ids.template} value={template?.id ?? ''} onChange={(e) => s.choose(choiceKey, e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.edited ? t('request.edited') : c.builtIn ? '' : t('request.yours')}
                </option>
              ))}
            </select>
            <button type="button" aria-expanded={s.editorOpen} onClick={() => s.toggleEditor()}>
              {s.editorOpen ? t('request.closeEditor') : t('request.editTemplates')}
            </button>
          </div>
          {templatesError ? <p className="notice warn">{templatesError}</p> : null}
        </div>

        {s.editorOpen ? (
          <TemplateEditor
            call={call}
            template={template}
            group={group}
            kind={kind}
            onChanged={async (selectId) => {
              await reload();
              if (selectId) s.choose(choiceKey, selectId);
              else s.setDraft(kind, null);
            }}
          />
        ) : null}

        <TalkingPointsForm
          points={s.points}
          onPoint={s.setPoint}
          onAddStrength={s.addStrength}
          onRemoveStrength={s.removeStrength}
          projectRef={projectRef}
          group={group}
        />

        <div className="vouch-field">
          <label htmlFor={ids.preview}>{t('request.message')}</label>
          <textarea
            id={ids.preview}
            ref={previewRef}
            rows={10}
            value={text}
            onChange={(e) => s.setDraft(kind, e.target.value)}
            onBlur={draft.flush}
          />
          <div className="vouch-row muted">
            <span aria-live="off">
              {kind === 'request' && form.maxLength ? t('request.charactersOf', { n: text.length, max: form.maxLength }) : t('request.characters', { n: text.length })}
            </span>
            {s.drafts[kind] !== undefined ? (
              <button
                type="button"
                onClick={() => {
                  if (kind === 'request') draft.discard();
                  s.setDraft(kind, null);
                  s.setNotice(null);
                }}
              >
                {t('request.startAgain')}
              </button>
            ) : null}
          </div>
        </div>

        <h3 className="vouch-subhead">{t('request.checks')}</h3>
        {language !== 'en' && <p className="notice info">{t('checks.englishOnly')}</p>}
        <FindingList text={text} findings={findings} fixOf={(f) => fixFor(f, text, vars, speaker, fixTexts)} onShow={showSpan} onFix={onFix} />

        <div className="vouch-actions vouch-row">
          {kind === 'request' ? (
            <>
              <button type="button" className="primary" onClick={fill} disabled={!form.hasTextBox || !text.trim()}>
                {form.hasTextBox ? t('request.use') : t('request.waitingBox')}
              </button>
              {s.canUndo ? (
                <button type="button" onClick={undo}>
                  {t('request.undo')}
                </button>
              ) : null}
            </>
          ) : null}
          <button type="button" className={kind === 'request' ? undefined : 'primary'} onClick={() => void copy()} disabled={!text.trim()}>
            {t('request.copy')}
          </button>
          {sentType ? (
            <button type="button" onClick={() => void markSent()} disabled={!!sentState || !text.trim()}>
              {sentState === 'done' ? t('request.recorded') : sentState === 'pending' ? t('request.recording') : t('request.iSentIt')}
            </button>
          ) : null}
        </div>
        {kind === 'request' && !form.hasTextBox ? (
          <p className="muted">{t('request.boxLater')}</p>
        ) : null}
        {kind !== 'request' ? <p className="muted">{t('request.byMessage')}</p> : null}
        <p className={s.notice ? `notice ${s.notice.tone === 'error' ? 'error' : 'info'}` : 'visually-hidden'} role="status" aria-live="polite">
          {s.notice?.text ?? ''}
        </p>
      </div>
    </div>
  );
}

export default RequestComposer;
