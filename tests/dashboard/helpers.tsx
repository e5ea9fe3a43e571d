import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DashboardProvider, type DashboardData } from '@/components/dashboard/context';
import { VouchError, type Call } from '@/components/shared/client';
import { reviveDates } from '@/storage/tagged-dates';
import type { Progress } from '@/storage/protocol/progress';
import type { Said } from '@/storage/said';
import { createRouter } from '@/storage/protocol/router';
import { resetDashboardState } from '@/components/dashboard/store';
import { createDb, type VouchDb } from '@/storage/db';
import type { NewEvent } from '@/storage/repositories/events';
import type { ContactStanding } from '@/storage/repositories/status';
import type { Reciprocity } from '@/storage/reciprocity';
import { normaliseName, type Contact, type EventType, type Relationship } from '@/storage/types';

export const NOW = new Date('2025-06-01T12:00:00Z');
export const DAY = 86_400_000;
export const ago = (n: number) => new Date(NOW.getTime() - n * DAY);

export function freshDb(): VouchDb {
  return createDb('test-' + crypto.randomUUID());
}

export function contact(id: string, name: string, extra: Partial<Contact> = {}): Contact {
  return { id, name, nameKey: normaliseName(name), createdAt: ago(400), updatedAt: ago(400), ...extra };
}

let counter = 0;
export function event(contactId: string, type: EventType, daysAgo: number, extra: Partial<NewEvent> = {}): NewEvent {
  counter += 1;
  return { contactId, type, at: ago(daysAgo), source: 'user', key: `test:${contactId}:${type}:${counter}`, ...extra };
}

/** A ledger row as the repository builds it, for the pure tests. */
export function standing(
  id: string,
  name: string,
  r: Partial<Reciprocity> & { relationship?: Relationship | null; due?: boolean; contact?: Partial<Contact>; lastAt?: Date } = {},
): ContactStanding {
  const c = contact(id, name, { ...(r.relationship ? { relationship: r.relationship } : {}), ...r.contact });
  return {
    contactId: id,
    contact: c,
    relationship: r.relationship ?? null,
    status: r.status ?? 'none',
    ...(r.days !== undefined ? { days: r.days } : {}),
    nextStep: r.nextStep ?? null,
    last: r.lastAt ? { seq: 1, type: 'note', at: r.lastAt } : null,
    due: r.due ?? false,
  };
}

/**
 * happy-dom lays nothing out, so every element is 0 px tall and the virtual list would show no
 * row. A fixed viewport height lets it render the window it would in a browser.
 */
export function giveElementsHeight(height = 600): () => void {
  const proto = HTMLElement.prototype;
  const before = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  return () => {
    if (before) Object.defineProperty(proto, 'clientHeight', before);
    else delete (proto as { clientHeight?: number }).clientHeight;
  };
}

const EXTENSION_ID = 'vouch-test-id';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/**
 * The dashboard's line to the background, as in Chrome: the message crosses as JSON from the
 * dashboard's page, the background's router checks its sender and schema and runs it on `db`,
 * and the answer crosses back as JSON. What the router refuses is thrown as the page would see it.
 * The background's progress reports reach whoever listens through `onProgress`.
 */
export function backgroundFor(
  db: VouchDb,
  opts: { readOnlyReason?: Said | null; now?: () => Date } = {},
): Required<Pick<DashboardData, 'send' | 'onProgress'>> {
  const listeners = new Set<(p: Progress) => void>();
  const overJson = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const handle = createRouter(db, {
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    now: opts.now ?? (() => NOW),
    readOnlyReason: opts.readOnlyReason ?? null,
    onProgress: (p) => listeners.forEach((l) => l(overJson(p))),
  });
  const send = (async (type, payload) => {
    const reply = overJson(await handle(overJson({ vouch: 1, type, payload }), { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/dashboard.html` }));
    if (!reply.ok) throw VouchError.of(reply);
    return reviveDates(reply.data);
  }) as Call;
  const onProgress = (listener: (p: Progress) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { send, onProgress };
}

export function renderView(
  ui: ReactElement,
  db: VouchDb,
  opts: {
    readOnlyReason?: Said | null;
    now?: () => Date;
    ledgerPreview?: DashboardData['ledgerPreview'];
    /** In place of the background over `db`, for a test that holds or watches it. */
    background?: Pick<DashboardData, 'send' | 'onProgress'>;
  } = {},
): RenderResult {
  resetDashboardState();
  const value: DashboardData = {
    db,
    ...(opts.background ?? backgroundFor(db, opts)),
    readOnlyReason: opts.readOnlyReason ?? null,
    now: opts.now ?? (() => NOW),
  };
  if (opts.ledgerPreview) value.ledgerPreview = opts.ledgerPreview;
  return render(<DashboardProvider value={value}>{ui}</DashboardProvider>);
}

/** Disabled itself or by a disabled fieldset around it (happy-dom's :disabled misses the second). */
export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.closest('fieldset[disabled]') !== null;
}
