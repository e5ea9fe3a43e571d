import { formatNumber, t } from '@/components/i18n/t';
import type { MessageKey } from '@/components/i18n/format';
import type { FillFailure } from './panel-api';

const CODES = ['absent', 'locked', 'unreachable'] as const;
const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The reason a page sent over the box port, checked: anything else (a content script from before
 * an update, which sent its own words) counts as a page Vouch cannot reach, which says to reload.
 */
export function fillFailureOf(raw: unknown): FillFailure {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (r.code === 'tooLong' && count(r.length) && count(r.max)) return { code: 'tooLong', length: r.length, max: r.max };
  return CODES.find((c) => c === r.code) ? { code: r.code as (typeof CODES)[number] } : { code: 'unreachable' };
}

const KEYS: Record<FillFailure['code'], MessageKey> = {
  absent: 'errors.boxAbsent',
  locked: 'errors.boxLocked',
  tooLong: 'errors.boxTooLong',
  unreachable: 'errors.unreachable',
};

/** Why the box was not filled, in the language Vouch speaks. */
export function fillFailureText(reason: FillFailure): string {
  return reason.code === 'tooLong' ? t(KEYS.tooLong, { length: formatNumber(reason.length), max: formatNumber(reason.max) }) : t(KEYS[reason.code]);
}
