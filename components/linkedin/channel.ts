import { post } from '@/components/shared/client';
import { createOutbox } from '@/components/shared/outbox';

/**
 * The content script's one channel for writes: the user's own sends, kept until the background
 * confirms them. Only these are listed, so that LinkedIn's tab does not carry the whole protocol's table.
 */
export const outbox = createOutbox(post, { writes: new Set(['events.append']) });
