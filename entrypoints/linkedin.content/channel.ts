import { createOutbox } from '@/components/shared/outbox';

/** The content script's one channel to the background: writes wait here until confirmed. */
export const outbox = createOutbox();
