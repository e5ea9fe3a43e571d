export interface ContactPayload {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  company: string;
  headline: string;
}
export interface EventPayload {
  contactId: string;
  type: string;
  at: string;
  source: 'user';
  key: string;
  text?: string;
}
export function contactPayloads(count: number): ContactPayload[];
export function eventPayloads(contactIds: readonly string[], total: number, now?: number, seed?: number): EventPayload[];
export function batches<T>(list: readonly T[], size: number): T[][];
