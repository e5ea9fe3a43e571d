import { useEffect, useId, useState } from 'react';
import type { Call } from '@/components/shared/client';
import type { ListedTemplate } from '@/storage/repositories/templates';
import type { TemplateKind } from '@/storage/builtin-templates';
import type { RequestGroup } from '@/storage/relationships';
import { t } from '@/components/i18n/t';
import { TEMPLATE_VARIABLES } from './templates';
import { errorText } from '@/components/shared/explain';

interface Props {
  call: Call;
  template: ListedTemplate | null;
  group: RequestGroup;
  kind: TemplateKind;
  /** Called after a change with the id to select (null: keep the current choice). */
  onChanged(selectId: string | null): Promise<void> | void;
}

const PLACEHOLDERS = TEMPLATE_VARIABLES.map((v) => `{${v}}`);

/** Edit the chosen template, add one of your own, or bring back Vouch's version. */
export function TemplateEditor({ call, template, group, kind, onChanged }: Props) {
  const id = useId();
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [isNew, setIsNew] = useState(false);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    setName(template?.name ?? '');
    setBody(template?.body ?? '');
    setIsNew(false);
  }, [template?.id, template?.name, template?.body]);

  const run = async (what: () => Promise<string | null>, done: string) => {
    try {
      const select = await what();
      await onChanged(select);
      setStatus({ error: false, text: done });
    } catch (e) {
      setStatus({ error: true, text: errorText(e) });
    }
  };

  const save = () =>
    run(async () => {
      const saved = await call('templates.save', { id: isNew ? undefined : template?.id, group, kind, name, body });
      setIsNew(false);
      return saved.id;
    }, t('templateEditor.saved'));

  return (
    <section className="vouch-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{isNew ? t('templatePanel.newTitle') : t('templatePanel.editTitle')}</h3>
      <p className="muted">
        {t('templatePanel.use', { names: PLACEHOLDERS.slice(0, -1).join(', '), last: PLACEHOLDERS.slice(-1).join('') })}
      </p>
      <div className="vouch-field">
        <label htmlFor={`${id}-name`}>{t('templateEditor.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="vouch-field">
        <label htmlFor={`${id}-body`}>{t('templateEditor.text')}</label>
        <textarea id={`${id}-body`} rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="vouch-row">
        <button type="button" className="primary" onClick={save} disabled={!name.trim() || !body.trim()}>
          {t('templatePanel.saveTemplate')}
        </button>
        <button
          type="button"
          onClick={() => {
            setIsNew(true);
            setName(t('templatePanel.myTemplate'));
            setStatus(null);
          }}
        >
          {t('templatePanel.newTitle')}
        </button>
        {!isNew && template?.builtIn && template.edited ? (
          <button type="button" onClick={() => run(async () => (await call('templates.reset', { id: template.id }), template.id), t('templatePanel.versionBack'))}>
            {t('templatePanel.resetVersion')}
          </button>
        ) : null}
        {!isNew && template && !template.builtIn ? (
          <button type="button" onClick={() => run(async () => (await call('templates.delete', { id: template.id }), null), t('templateEditor.deleted'))}>
            {t('templateEditor.delete')}
          </button>
        ) : null}
        <button type="button" onClick={() => run(async () => (await call('templates.reset', {}), null), t('templatePanel.allBack'))}>
          {t('templatePanel.resetAll')}
        </button>
      </div>
      {status ? (
        <p className={status.error ? 'notice error' : 'notice info'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
