import * as v from 'valibot';
import { handler } from './define';
import { contactId, date, longText, shortText } from './fields';
import { deleteAllData, MAX_BACKUP_CHARS, restoreBackup } from '../backup';
import { importLinkedInExport } from '../import-merge';
import { dismissAmbiguity, resolveAmbiguity, resolveAmbiguityAsNewContact } from '../import-questions';

/** More than any real export holds (LinkedIn caps connections at 30,000), fewer than would fill the disk. */
export const MAX_IMPORT_CONNECTIONS = 100_000;
export const MAX_IMPORT_RECOMMENDATIONS = 20_000;

const rec = v.strictObject({
  firstName: shortText,
  lastName: shortText,
  company: shortText,
  jobTitle: shortText,
  text: longText,
  date,
  status: v.pipe(v.string(), v.maxLength(100)),
});

const connection = v.strictObject({
  firstName: shortText,
  lastName: shortText,
  profileUrl: v.optional(v.pipe(v.string(), v.maxLength(1_000), v.startsWith('https://www.linkedin.com/in/'))),
  email: v.optional(shortText),
  company: v.optional(shortText),
  position: v.optional(shortText),
  connectedOn: v.optional(date),
});

const ambiguityId = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * What only the dashboard asks for: the whole-ledger writes (an import of LinkedIn's export, the
 * questions it leaves, restoring a backup, erasing everything). The page reads and unpacks the
 * files the user chose; the background checks what it was sent and writes it in one transaction.
 */
export const dashboardHandlers = {
  'import.linkedin': handler({
    from: 'extension',
    input: v.strictObject({
      received: v.pipe(v.array(rec), v.maxLength(MAX_IMPORT_RECOMMENDATIONS)),
      given: v.pipe(v.array(rec), v.maxLength(MAX_IMPORT_RECOMMENDATIONS)),
      connections: v.pipe(v.array(connection), v.maxLength(MAX_IMPORT_CONNECTIONS)),
      problems: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(1_000)),
    }),
    run: (db, input, ctx) => importLinkedInExport(db, input, { now: ctx.now(), onProgress: ctx.progress }),
  }),
  'ambiguity.resolve': handler({
    from: 'extension',
    input: v.strictObject({ id: ambiguityId, contactId }),
    run: async (db, input) => {
      await resolveAmbiguity(db, input.id, input.contactId);
      return { resolved: true as const };
    },
  }),
  'ambiguity.newContact': handler({
    from: 'extension',
    input: v.strictObject({ id: ambiguityId }),
    run: (db, input, ctx) => resolveAmbiguityAsNewContact(db, input.id, ctx.now()),
  }),
  'ambiguity.dismiss': handler({
    from: 'extension',
    input: v.strictObject({ id: ambiguityId }),
    run: async (db, input) => {
      await dismissAmbiguity(db, input.id);
      return { dismissed: true as const };
    },
  }),
  'backup.restore': handler({
    from: 'extension',
    input: v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS)) }),
    run: (db, input) => restoreBackup(db, input.text),
  }),
  'data.deleteAll': handler({
    from: 'extension',
    input: v.strictObject({ keepPreferences: v.optional(v.boolean()) }),
    run: async (db, input) => {
      await deleteAllData(db, input);
      return { deleted: true as const };
    },
  }),
};
