/** The name of Vouch's IndexedDB database (kept apart from db.ts so that a script can name it without Dexie). */
export const DB_NAME = 'vouch';
