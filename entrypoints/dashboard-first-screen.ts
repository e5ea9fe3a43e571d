import { defineUnlistedScript } from '#imports';
import { startFirstScreen } from '@/storage/first-screen';

/**
 * The dashboard's first script: a few kilobytes, loaded before the page's main code (Dexie and
 * React, some 330 KB), so the ledger's first screen is read while that code is still arriving.
 */
export default defineUnlistedScript(() => startFirstScreen());
