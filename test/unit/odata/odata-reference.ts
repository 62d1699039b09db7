/**
 * OData $filter semantics written out in JavaScript, independently of the server's predicate
 * tree and SQL: the yardstick the random filter test measures both stores against.
 *
 * - Values: strings, numbers, instants (ISO text, as written), dates (`YYYY-MM-DD`), booleans, null.
 * - null equals only null; every other comparison with null is false; a function of null is null.
 * - and/or/not are three-valued (null is unknown); a filter keeps a row only when it is true.
 * - Strings compare by code point and are measured in code points (characters).
 */

export type Value = string | number | boolean | null;
export type Kind = 'string' | 'number' | 'datetime' | 'date' | 'boolean';

export interface Row {
  name: string;
  type: string;
  description: string;
  widgetCount: number;
  refreshInterval: number | null;
  createdAt: string;
  updatedAt: string;
}

const codePoints = (text: string) => [...text];

function instantOf(value: string, kind: Kind): number {
  return Date.parse(kind === 'date' ? `${value}T00:00:00.000Z` : value);
}

/** Orders two non-null values of comparable kinds: negative, zero or positive. */
function order(a: Value, aKind: Kind, b: Value, bKind: Kind): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if ((aKind === 'date' || aKind === 'datetime') && (bKind === 'date' || bKind === 'datetime')) {
    if (aKind === 'date' && bKind === 'date') return order(a, 'string', b, 'string');
    return instantOf(String(a), aKind) - instantOf(String(b), bKind);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const [x, y] = [codePoints(String(a)), codePoints(String(b))];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export function compareValues(op: string, a: Value, aKind: Kind, b: Value, bKind: Kind): boolean {
  if (a === null || b === null) {
    if (op === 'eq') return a === null && b === null;
    if (op === 'ne') return !(a === null && b === null);
    return false;
  }
  const d = order(a, aKind, b, bKind);
  return { eq: d === 0, ne: d !== 0, gt: d > 0, ge: d >= 0, lt: d < 0, le: d <= 0 }[op] ?? false;
}

export function and(a: Value, b: Value): Value {
  if (a === false || b === false) return false;
  return a === null || b === null ? null : true;
}

export function or(a: Value, b: Value): Value {
  if (a === true || b === true) return true;
  return a === null || b === null ? null : false;
}

export const not = (a: Value): Value => (a === null ? null : !a);

function indexOf(text: string, part: string): number {
  const at = text.indexOf(part);
  return at < 0 ? -1 : codePoints(text.slice(0, at)).length;
}

function substring(text: string, start: number, length?: number): string {
  const from = Math.max(0, start);
  const chars = codePoints(text);
  return chars.slice(from, length === undefined ? undefined : from + Math.max(0, length)).join('');
}

/**
 * The calendar and clock a date part reads, as fields of a Date in UTC: an instant's own wall
 * clock, so `hour(2026-06-02T10:30:00+02:00)` is 10 (stored instants are UTC, written with Z).
 */
function wallClock(value: string, kind: Kind): Date {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const minutes = offset ? (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1) : 0;
  return new Date(instantOf(value, kind) + minutes * 60_000);
}

/** A built-in function applied to already evaluated arguments (with their kinds). */
export function applyFunction(fn: string, args: Value[], kinds: Kind[]): Value {
  if (fn === 'now') return new Date().toISOString();
  if (args.some((a) => a === null)) return null;
  const [a, b, c] = args as (string | number)[];
  const kind = kinds[0] ?? 'string';
  switch (fn) {
    case 'tolower':
      return String(a).toLowerCase();
    case 'toupper':
      return String(a).toUpperCase();
    case 'trim':
      return String(a).trim();
    case 'length':
      return codePoints(String(a)).length;
    case 'indexof':
      return indexOf(String(a), String(b));
    case 'substring':
      return substring(String(a), Number(b), c === undefined ? undefined : Number(c));
    case 'concat':
      return `${String(a)}${String(b)}`;
    case 'contains':
      return String(a).includes(String(b));
    case 'startswith':
      return String(a).startsWith(String(b));
    case 'endswith':
      return String(a).endsWith(String(b));
    case 'year':
      return wallClock(String(a), kind).getUTCFullYear();
    case 'month':
      return wallClock(String(a), kind).getUTCMonth() + 1;
    case 'day':
      return wallClock(String(a), kind).getUTCDate();
    case 'hour':
      return wallClock(String(a), kind).getUTCHours();
    case 'minute':
      return wallClock(String(a), kind).getUTCMinutes();
    case 'second':
      return wallClock(String(a), kind).getUTCSeconds();
    case 'date':
      return wallClock(String(a), kind).toISOString().slice(0, 10);
    default:
      throw new Error(`no reference for ${fn}`);
  }
}
