/**
 * db: `YYYYMMDD`. Accepted inputs:
 * - `YYYYMMDD`;
 * - year first with `-`, `/` or `.` (ISO dates), optionally followed by an ISO time
 *   (the calendar date as written is kept; no time-zone shift);
 * - `MM/DD/YYYY` or `MM-DD-YYYY`: month first, as the Pixel's US-style forms do, unless the
 *   first number is over 12 (then it is `DD/MM/YYYY`);
 * - `DD.MM.YYYY`: dots mean day first.
 * Impossible dates, two-digit years and years outside 1900..this year are dropped.
 */
import type { NormalizeContext } from './normalizer';
import { clean } from './text';

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_FIRST =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

export function normalizeBirthDate(text: string, { nowMs: now }: Pick<NormalizeContext, 'nowMs'>): string | undefined {
  const t = clean(text);
  let m: RegExpExecArray | null;
  if ((m = COMPACT.exec(t))) return formatDate(+m[1], +m[2], +m[3], now);
  if ((m = YEAR_FIRST.exec(t))) return formatDate(+m[1], +m[3], +m[4], now);
  if ((m = YEAR_LAST.exec(t))) {
    const [first, second, year] = [+m[1], +m[3], +m[4]];
    const dayFirst = m[2] === '.' || first > 12;
    return dayFirst ? formatDate(year, second, first, now) : formatDate(year, first, second, now);
  }
  return undefined;
}

function formatDate(year: number, month: number, day: number, now: number): string | undefined {
  // Only a recent year needs the clock.
  if (year < 1900 || (year > 1969 && year > new Date(now).getUTCFullYear())) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > days) return undefined;
  return `${year}${month < 10 ? '0' : ''}${month}${day < 10 ? '0' : ''}${day}`;
}
