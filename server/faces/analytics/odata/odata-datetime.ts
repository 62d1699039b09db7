import { STORED_DATETIME } from '../../../predicates/predicate.js';
import { ODataFilterError, at, type ODataParameter } from './odata-errors.js';

/**
 * OData Date (`2026-06-02`) and DateTimeOffset (`2026-06-02T10:30[:00[.fff]]` followed by `Z` or
 * an offset) literals. A space where the offset's sign should be is read as `+`: an unencoded `+`
 * in a query string arrives as a space, and nothing else in the grammar can put a time right
 * before `HH:MM`.
 */
const DATE = /(\d{4})-(\d{2})-(\d{2})/y;
const TIME = /[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+\- ])(\d{2}):(\d{2}))?/y;

/** Looks like the start of a date, so it is read as one (and reported as a bad one if it is not). */
export const DATE_START = /\d{4}-\d/y;

const EXAMPLE = 'a form like 2026-06-02 or 2026-06-02T10:30:00Z';

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** `offsetMinutes`: the UTC offset a datetime was written with (its date parts are read on that clock). */
export type TemporalLiteral = { kind: 'date' | 'datetime'; value: string; end: number; offsetMinutes?: number };

/**
 * Reads a date or datetime literal at `position`. A date keeps its `YYYY-MM-DD` form; a datetime
 * becomes the stored UTC form (`2026-06-02T08:30:00.000Z`), so comparing it with stored text
 * compares instants.
 */
export function scanTemporal(source: string, position: number, parameter: ODataParameter = '$filter'): TemporalLiteral {
  const fail = (message: string) => new ODataFilterError(message, position, parameter);
  DATE.lastIndex = position;
  const d = DATE.exec(source);
  if (!d) throw fail(`Invalid date literal ${at(position)}: expected ${EXAMPLE}`);
  const [year, month, day] = [d[1], d[2], d[3]].map(Number) as [number, number, number];
  const dateEnd = position + d[0].length;
  TIME.lastIndex = dateEnd;
  const t = /[Tt]/.test(source.charAt(dateEnd)) ? TIME.exec(source) : null;
  const end = t ? dateEnd + t[0].length : dateEnd;
  if (/^[A-Za-z0-9_.:]/.test(source.slice(end, end + 1))) throw fail(`Invalid date or datetime literal ${at(position)}: expected ${EXAMPLE}`);
  const text = source.slice(position, end);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw fail(`Invalid date ${text} ${at(position)}: a date part is out of range`);
  if (!t) return { kind: 'date', value: d[0], end };

  const [, h, mi, s = '00', fraction = '', zulu, sign, offH, offM] = t;
  if (!zulu && !sign) throw fail(`Datetime literal ${at(position)} needs a time zone: add Z or an offset like +02:00`);
  const [hour, minute, second] = [h, mi, s].map(Number) as [number, number, number];
  const outOfRange = hour > 23 || minute > 59 || second > 59 || (sign !== undefined && (Number(offH) > 23 || Number(offM) > 59));
  if (outOfRange) throw fail(`Invalid datetime ${text} ${at(position)}: a date or time part is out of range`);
  // Stored timestamps have millisecond precision; finer digits could only be honoured by guessing.
  if (/[1-9]/.test(fraction.slice(3))) throw fail(`Datetime literal ${at(position)} is more precise than milliseconds`);

  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
  const offsetMinutes = sign === undefined ? 0 : (Number(offH) * 60 + Number(offM)) * (sign === '-' ? -1 : 1);
  date.setTime(date.getTime() - offsetMinutes * 60_000);
  const value = date.toISOString();
  if (!STORED_DATETIME.test(value)) throw fail(`Datetime literal ${at(position)} is outside the years 0000 to 9999 in UTC`);
  return { kind: 'datetime', value, end, offsetMinutes };
}
