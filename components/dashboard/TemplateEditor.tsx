import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { TEMPLATE_KINDS, type TemplateKind } from '@/storage/builtin-templates';
import { REQUEST_GROUPS, type RequestGroup } from '@/storage/relationships';
import { TEMPLATE_VARIABLES } from '@/components/request/templates';
import { listTemplates } from '@/storage/repositories/templates';
import { currentLanguage, t } from '@/components/i18n/t';
import { GROUP_NAMES, KIND_NAMES } from '@/components/shared/step-words';
import { useDashboard, useReadOnly } from './context';
import { errorText } from '@/components/shared/explain';

/** Edit Vouch's templates and add the user's own, one relationship and kind of message at a time. */
export function TemplateEditor() {
  const { db, send } = useDashboard();
  const readOnly = useReadOnly();
  const [group, setGroup] = useState<RequestGroup>('manager');
  const [kind, setKind] = useState<TemplateKind>('request');
  const [selected, setSelected] = useState<string | null>(null);
  const language = currentLanguage();
  const templates = useLiveQuery(() => listTemplates(db, { group, kind }, language), [db, group, kind, language]);
  const current = templates?.find((x) => x.id === selected) ?? templates?.[0];
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    setName(current?.name ?? '');
    setBody(current?.body ?? '');
  }, [current?.id, current?.updatedAt.getTime()]);

  const act = (work: () => Promise<unknown>, done: string) => async () => {
    try {
      await work();
      setMessage(done);
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <section aria-labelledby="templates-heading">
      <h3 id="templates-heading">{t('templateEditor.heading')}</h3>
      <div className="filters">
        <label>
          {t('templateEditor.forGroup')}
          <select value={group} onChange={(e) => (setGroup(e.target.value as RequestGroup), setSelected(null))}>
            {REQUEST_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_NAMES[g]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('request.message')}
          <select value={kind} onChange={(e) => (setKind(e.target.value as TemplateKind), setSelected(null))}>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('request.template')}
          <select value={current?.id ?? ''} onChange={(e) => setSelected(e.target.value)}>
            {templates?.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
                {x.edited ? t('request.edited') : x.builtIn ? '' : t('request.yours')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="template-fields" disabled={readOnly || !current}>
        <label>
          {t('templateEditor.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        </label>
        <label>
          {t('templateEditor.text')}
          <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={8} />
        </label>
        <p className="muted small">
          {t('templateEditor.placeholders', { list: TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' ') })}
        </p>
        <div className="row-actions">
          <button
            type="button"
            className="primary"
            disabled={!name.trim() || !body.trim()}
            onClick={act(() => send('templates.save', { id: current!.id, group, kind, name: name.trim(), body }), t('templateEditor.saved'))}
          >
            {t('templateEditor.save')}
          </button>
          <button
            type="button"
            disabled={!name.trim() || !body.trim()}
            onClick={act(async () => {
              const saved = await send('templates.save', { group, kind, name: t('templateEditor.copyName', { name: name.trim() }), body });
              setSelected(saved.id);
            }, t('templateEditor.savedAsNew'))}
          >
            {t('templateEditor.saveAsNew')}
          </button>
          {current?.edited && (
            <button type="button" onClick={act(() => send('templates.reset', { id: current.id }), t('templateEditor.textBack'))}>
              {t('templateEditor.resetText')}
            </button>
          )}
          {current && !current.builtIn && (
            <button
              type="button"
              onClick={act(async () => {
                await send('templates.delete', { id: current.id });
                setSelected(null);
              }, t('templateEditor.deleted'))}
            >
              {t('templateEditor.delete')}
            </button>
          )}
        </div>
      </fieldset>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
