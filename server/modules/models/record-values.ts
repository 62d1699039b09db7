import type { ColumnSchema } from '../../db/introspection/index.js';
import type { DialectName } from '../../db/metadata-dialect.js';
import type { Bound } from '../../db/admin/record-sql.js';

/**
 * Values for a column, checked against its kind before any SQL: a JSON body keeps its types
 * (`"5"` is not an integer), text (a CSV cell, a query string, a path) is parsed. The result is
 * what the store binds: SQLite keeps booleans as 0/1 and JSON as text.
 */

export type ValueOrigin = 'json' | 'text';
export type Coerced = { value: Bound } | { error: string };

const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const TIME_TEXT = /^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}(:?\d{2})?)?$/;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE_TEXT = new Set(['true', '1', 'yes', 'y', 't', 'on']);
const FALSE_TEXT = new Set(['false', '0', 'no', 'n', 'f', 'off']);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `YYYY-MM-DD…` names a real day; arithmetic, not a Date: an import checks a million of these. */
function validDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function integer(raw: unknown, origin: ValueOrigin): Coerced {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? { value: raw } : { error: 'must be a whole number' };
  // Text for integers past 2^53 too, which a JSON number cannot carry exactly.
  if (typeof raw === 'string' && INTEGER_TEXT.test(raw.trim()) && (origin === 'text' || !Number.isSafeInteger(Number(raw)))) {
    const n = Number(raw.trim());
    return { value: Number.isSafeInteger(n) ? n : raw.trim() };
  }
  return { error: 'must be a whole number' };
}

function decimal(raw: unknown): Coerced {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { error: 'must be a number' };
  // Text is bound as text: the store parses it as the column's type, so every digit of an exact numeric stays.
  if (typeof raw === 'string' && NUMBER_TEXT.test(raw.trim())) return { value: raw.trim() };
  return { error: 'must be a number' };
}

function boolean(raw: unknown, origin: ValueOrigin, dialect: DialectName): Coerced {
  let value: boolean | undefined;
  if (typeof raw === 'boolean') value = raw;
  else if (origin === 'text' && typeof raw === 'string') {
    const word = raw.trim().toLowerCase();
    value = TRUE_TEXT.has(word) ? true : FALSE_TEXT.has(word) ? false : undefined;
  }
  if (value === undefined) return { error: 'must be true or false' };
  return { value: dialect === 'sqlite' ? (value ? 1 : 0) : value };
}

function text(raw: unknown, column: ColumnSchema): Coerced {
  if (typeof raw !== 'string') return { error: 'must be text' };
  // Code points are counted only when the UTF-16 length could exceed the limit: a row at a time, that adds up.
  if (column.maxLength !== undefined && raw.length > column.maxLength && [...raw].length > column.maxLength) return { error: `must be at most ${column.maxLength} characters` };
  if (column.enumValues && !column.enumValues.includes(raw)) return { error: `must be one of ${column.enumValues.join(', ')}` };
  return { value: raw };
}

function shaped(raw: unknown, pattern: RegExp, what: string, extra?: (text: string) => boolean): Coerced {
  if (typeof raw !== 'string' || !pattern.test(raw.trim()) || (extra && !extra(raw.trim()))) return { error: `must be ${what}` };
  return { value: raw.trim() };
}

/** The value to bind for `raw` in `column`, or why it does not fit. Null is checked by the caller. */
export function coerceValue(column: ColumnSchema, raw: unknown, origin: ValueOrigin, dialect: DialectName): Coerced {
  if (raw === null) return column.nullable ? { value: null } : { error: 'must not be null' };
  switch (column.kind) {
    case 'integer':
      return integer(raw, origin);
    case 'number':
      return decimal(raw);
    case 'boolean':
      return boolean(raw, origin, dialect);
    case 'date':
      return shaped(raw, DATE_TEXT, 'a date (YYYY-MM-DD)', validDate);
    case 'datetime':
      return shaped(raw, DATETIME_TEXT, 'a date and time (ISO 8601)', validDate);
    case 'time':
      return shaped(raw, TIME_TEXT, 'a time (HH:MM:SS)');
    case 'uuid':
      return shaped(raw, UUID_TEXT, 'a UUID');
    case 'json':
      if (origin === 'text') {
        if (typeof raw !== 'string') return { error: 'must be JSON' };
        try {
          JSON.parse(raw);
          return { value: raw };
        } catch {
          return { error: 'must be JSON' };
        }
      }
      return { value: JSON.stringify(raw) };
    case 'binary':
      return { error: 'cannot be written through the panel' };
    default:
      return text(raw, column);
  }
}
