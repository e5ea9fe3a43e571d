import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { KIND_LABELS, TEMPLATE_KINDS, type TemplateKind } from '@/storage/builtin-templates';
import { GROUP_LABELS, REQUEST_GROUPS, type RequestGroup } from '@/storage/relationships';
import { TEMPLATE_VARIABLES } from '@/components/request/templates';
import { listTemplates } from '@/storage/repositories/templates';
import { currentLanguage } from '@/components/i18n/t';
import { useDashboard, useReadOnly } from './context';

/** Edit Vouch's templates and add the user's own, one relationship and kind of message at a time. */
export function TemplateEditor() {
  const { db, send } = useDashboard();
  const readOnly = useReadOnly();
  const [group, setGroup] = useState<RequestGroup>('manager');
  const [kind, setKind] = useState<TemplateKind>('request');
  const [selected, setSelected] = useState<string | null>(null);
  const language = currentLanguage();
  const templates = useLiveQuery(() => listTemplates(db, { group, kind }, language), [db, group, kind, language]);
  const current = templates?.find((t) => t.id === selected) ?? templates?.[0];
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
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="templates-heading">
      <h3 id="templates-heading">Templates</h3>
      <div className="filters">
        <label>
          For
          <select value={group} onChange={(e) => (setGroup(e.target.value as RequestGroup), setSelected(null))}>
            {REQUEST_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Message
          <select value={kind} onChange={(e) => (setKind(e.target.value as TemplateKind), setSelected(null))}>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Template
          <select value={current?.id ?? ''} onChange={(e) => setSelected(e.target.value)}>
            {templates?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
                {t.edited ? ' (edited)' : t.builtIn ? '' : ' (yours)'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="template-fields" disabled={readOnly || !current}>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        </label>
        <label>
          Text
          <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={8} />
        </label>
        <p className="muted small">
          Placeholders: {TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' ')}. A part in [square brackets] is left out when a placeholder
          inside it has no value.
        </p>
        <div className="row-actions">
          <button
            type="button"
            className="primary"
            disabled={!name.trim() || !body.trim()}
            onClick={act(() => send('templates.save', { id: current!.id, group, kind, name: name.trim(), body }), 'Template saved.')}
          >
            Save
          </button>
          <button
            type="button"
            disabled={!name.trim() || !body.trim()}
            onClick={act(async () => {
              const t = await send('templates.save', { group, kind, name: `${name.trim()} (copy)`, body });
              setSelected(t.id);
            }, 'Saved as a new template of your own.')}
          >
            Save as new
          </button>
          {current?.edited && (
            <button type="button" onClick={act(() => send('templates.reset', { id: current.id }), 'Vouch’s text is back.')}>
              Reset to Vouch’s text
            </button>
          )}
          {current && !current.builtIn && (
            <button
              type="button"
              onClick={act(async () => {
                await send('templates.delete', { id: current.id });
                setSelected(null);
              }, 'Template deleted.')}
            >
              Delete
            </button>
          )}
        </div>
      </fieldset>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
