import * as v from 'valibot';
import { TEMPLATE_KINDS } from '../builtin-templates';
import { REQUEST_GROUPS } from '../relationships';
import { LANGUAGES } from '../settings';
import { handler } from './define';
import { deleteTemplate, listTemplates, resetTemplates, saveTemplate } from '../repositories/templates';

const templateId = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[\w:.-]+$/u));
const group = v.picklist(REQUEST_GROUPS);
const kind = v.picklist(TEMPLATE_KINDS);

/** The composer's templates: Vouch's own merged with the user's edits and additions. */
export const templateHandlers = {
  'templates.list': handler({
    reads: true,
    from: 'any',
    /** `language`: the one the asking page speaks, for the built-ins' text (English when absent). */
    input: v.strictObject({ group: v.optional(group), kind: v.optional(kind), language: v.optional(v.picklist(LANGUAGES)) }),
    run: (db, { language, ...filter }) => listTemplates(db, filter, language),
  }),
  'templates.save': handler({
    from: 'any',
    input: v.strictObject({
      id: v.optional(templateId),
      /** A new template's id, made by the sender's outbox (see `identify`). */
      newId: v.optional(v.pipe(v.string(), v.regex(/^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u, 'A new template needs an id of its own.'))),
      group,
      kind,
      name: v.pipe(v.string(), v.trim(), v.minLength(1, 'Give the template a name.'), v.maxLength(200)),
      body: v.pipe(v.string(), v.minLength(1, 'A template needs some text.'), v.maxLength(10_000)),
    }),
    run: (db, input, ctx) => saveTemplate(db, input, ctx.now()),
  }),
  'templates.delete': handler({
    from: 'any',
    input: v.strictObject({ id: templateId }),
    run: async (db, input) => {
      await deleteTemplate(db, input.id);
      return { deleted: true as const };
    },
  }),
  'templates.reset': handler({
    from: 'any',
    input: v.strictObject({ id: v.optional(templateId) }),
    run: (db, input) => resetTemplates(db, input.id),
  }),
};
