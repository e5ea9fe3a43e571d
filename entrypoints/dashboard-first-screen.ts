import { defineUnlistedScript } from '#imports';
import { startFirstScreen } from '@/storage/first-screen';

/**
 * The dashboard's first script: small, loaded before the page's main code (Dexie and React, much
 * larger), so the ledger's first screen is read while that code is still arriving.
 */
export default defineUnlistedScript(() => startFirstScreen());
