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
import { clean } from './text';

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

export function normalizeBirthDate(text: string, now: number = Date.now()): string | undefined {
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
  if (year < 1900 || year > new Date(now).getUTCFullYear()) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
