import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DashboardProvider, type DashboardData } from '@/components/dashboard/context';
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
    last: r.lastAt ? { contactId: id, type: 'note', at: r.lastAt, source: 'user', key: `k:${id}` } : null,
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

export function renderView(
  ui: ReactElement,
  db: VouchDb,
  opts: { readOnlyReason?: string | null; now?: () => Date; ledgerPreview?: DashboardData['ledgerPreview'] } = {},
): RenderResult {
  resetDashboardState();
  const value: DashboardData = { db, readOnlyReason: opts.readOnlyReason ?? null, now: opts.now ?? (() => NOW) };
  if (opts.ledgerPreview) value.ledgerPreview = opts.ledgerPreview;
  return render(<DashboardProvider value={value}>{ui}</DashboardProvider>);
}

/** Disabled itself or by a disabled fieldset around it (happy-dom's :disabled misses the second). */
export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.closest('fieldset[disabled]') !== null;
}
