import { STORED_DATETIME } from '../../../modules/dashboards/dashboard-predicate.js';
import { ODataFilterError, at, type ODataParameter } from './odata-errors.js';

/**
 * OData DateTimeOffset literals: `2026-06-02T10:30[:00[.fff]]` followed by `Z` or an offset.
 * A space where the offset's sign should be is read as `+`: an unencoded `+` in a query string
 * arrives as a space, and nothing else in the grammar can put a time right before `HH:MM`.
 */
const DATETIME = /(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+\- ])(\d{2}):(\d{2}))?/y;

/** Looks like the start of a date, so it is read as one (and reported as a bad one if it is not). */
export const DATE_START = /\d{4}-\d{2}/y;

const EXAMPLE = 'a form like 2026-06-02T10:30:00Z';

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/**
 * Reads a datetime literal at `position` and converts it to the stored UTC form
 * (`2026-06-02T08:30:00.000Z`), so comparing it with stored text compares instants.
 */
export function scanDatetime(source: string, position: number, parameter: ODataParameter = '$filter'): { value: string; end: number } {
  const fail = (message: string) => new ODataFilterError(message, position, parameter);
  DATETIME.lastIndex = position;
  const m = DATETIME.exec(source);
  if (!m) throw fail(`Invalid datetime literal ${at(position)}: expected ${EXAMPLE}`);
  const [, y, mo, d, h, mi, s = '00', fraction = '', zulu, sign, offH, offM] = m;
  const end = position + m[0].length;
  if (!zulu && !sign) throw fail(`Datetime literal ${at(position)} needs a time zone: add Z or an offset like +02:00`);
  if (/^[A-Za-z0-9_.:]/.test(source.slice(end, end + 1))) throw fail(`Invalid datetime literal ${at(position)}: expected ${EXAMPLE}`);

  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const outOfRange =
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 ||
    (sign !== undefined && (Number(offH) > 23 || Number(offM) > 59));
  if (outOfRange) throw fail(`Invalid datetime ${source.slice(position, end)} ${at(position)}: a date or time part is out of range`);
  // Stored timestamps have millisecond precision; finer digits could only be honoured by guessing.
  if (/[1-9]/.test(fraction.slice(3))) throw fail(`Datetime literal ${at(position)} is more precise than milliseconds`);

  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
  if (sign !== undefined) {
    const offsetMinutes = (Number(offH) * 60 + Number(offM)) * (sign === '-' ? -1 : 1);
    date.setTime(date.getTime() - offsetMinutes * 60_000);
  }
  const value = date.toISOString();
  if (!STORED_DATETIME.test(value)) throw fail(`Datetime literal ${at(position)} is outside the years 0000 to 9999 in UTC`);
  return { value, end };
}
