import { t, tn } from '@/components/i18n/t';

const DAYS_PER_MONTH = 365.25 / 12;
const DAYS_PER_YEAR = 365.25;

/**
 * How long ago, for a person to read: in days while the follow-up etiquette counts in days (under
 * two months), then in months, then in years. "1971 days ago" says less than "5 years ago".
 * Negative counts (a clock moved back) read as today.
 */
export function daysAgo(days: number): string {
  if (!(days > 0)) return t('when.today');
  if (days === 1) return t('when.yesterday');
  if (days < 60) return tn('when.daysAgo', days);
  if (days < DAYS_PER_YEAR) return tn('when.monthsAgo', Math.round(days / DAYS_PER_MONTH));
  const years = Math.floor(days / DAYS_PER_YEAR);
  return years === 1 ? t('when.aYearAgo') : tn('when.yearsAgo', years);
}
