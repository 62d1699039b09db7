/**
 * A face-neutral condition over the fields of a table. Faces parse their own query languages
 * (OData `$filter`, ...) into this tree; `predicate-compiler.ts` turns it into SQL over a
 * `TableDescription`, which says what each field name means. The tree carries no SQL and no
 * HTTP names, so every face filters with the same semantics:
 * - Values may be null (a nullable field, the null literal, a function of a null). A function
 *   of a null is null; a comparison is never null: null equals only null, and every ordering
 *   comparison with a null is false. Conditions of functions of nulls (`contains(null, 'a')`)
 *   are unknown, and `and`, `or` and `not` treat unknown as SQL does; a filter keeps a row only
 *   when its condition is true.
 * - Strings compare and order by code point; lengths and positions count code points.
 */

import type { OperandFn } from './predicate-functions.js';
import type { FieldType } from './table-description.js';

export type { OperandFn } from './predicate-functions.js';

/** The type of a value as the predicate sees it; `null` is the type of the null literal only. */
export type ValueType = FieldType | 'null';

/** A field of the table the tree is compiled over, by its name in the table description. */
export type FieldOperand = { kind: 'field'; field: string };
/** A literal. Numbers must be finite; strings must not contain U+0000 (PostgreSQL text cannot). */
export type ValueOperand = { kind: 'value'; value: string | number | null };
/**
 * A UTC instant in the stored form `YYYY-MM-DDTHH:MM:SS.sssZ`, so text comparison orders it.
 * `offsetMinutes` is the UTC offset it was written with: date parts read an instant on its own
 * wall clock (`hour(2026-06-02T10:30:00+02:00)` is 10). Stored instants are UTC.
 */
export type DatetimeOperand = { kind: 'datetime'; value: string; offsetMinutes?: number };
/** A calendar date `YYYY-MM-DD`; next to an instant it stands for its midnight UTC. */
export type DateOperand = { kind: 'date'; value: string };
/** A function of other operands (`tolower(name)`, `year(createdAt)`, `now()`). */
export type CallOperand = { kind: 'call'; fn: OperandFn; args: Operand[] };
export type Operand = FieldOperand | ValueOperand | DatetimeOperand | DateOperand | CallOperand;

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type MatchFn = 'contains' | 'startswith' | 'endswith';

export type Predicate =
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  /** n-ary so that long chains stay flat instead of nesting one level per term. */
  | { kind: 'and' | 'or'; operands: Predicate[] }
  | { kind: 'not'; operand: Predicate }
  /** Case-sensitive substring tests; wrap operands in `tolower` for case-insensitive ones. */
  | { kind: 'match'; fn: MatchFn; target: Operand; needle: Operand }
  /** `null` is the unknown truth value. */
  | { kind: 'constant'; value: boolean | null }
  /** True when both conditions have the same truth value (unknown included); never unknown itself. */
  | { kind: 'same'; left: Predicate; right: Predicate };

/** Sort keys, most significant first. */
export type Ordering = { expression: Operand; direction: 'asc' | 'desc' }[];

export const STORED_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const STORED_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for text exactly as the store writes instants (a real date, not just the right shape). */
export function isStoredDatetime(text: unknown): boolean {
  if (typeof text !== 'string' || !STORED_DATETIME.test(text)) return false;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
}

export function isCalendarDate(text: unknown): boolean {
  return typeof text === 'string' && STORED_DATE.test(text) && isStoredDatetime(`${text}T00:00:00.000Z`);
}

export const field = (name: string): FieldOperand => ({ kind: 'field', field: name });
export const value = (v: string | number | null): ValueOperand => ({ kind: 'value', value: v });
export const datetime = (iso: string, offsetMinutes = 0): DatetimeOperand =>
  offsetMinutes ? { kind: 'datetime', value: iso, offsetMinutes } : { kind: 'datetime', value: iso };

/** An instant's wall-clock time in the stored form, as if it were UTC: what its date parts are read from. */
export function wallClock(operand: DatetimeOperand): string {
  if (!operand.offsetMinutes) return operand.value;
  return new Date(Date.parse(operand.value) + operand.offsetMinutes * 60_000).toISOString();
}
export const date = (day: string): DateOperand => ({ kind: 'date', value: day });
export const call = (fn: OperandFn, ...args: Operand[]): CallOperand => ({ kind: 'call', fn, args });
export const compare = (op: CompareOp, left: Operand, right: Operand): Predicate => ({ kind: 'compare', op, left, right });
export const match = (fn: MatchFn, target: Operand, needle: Operand): Predicate => ({ kind: 'match', fn, target, needle });
export const not = (operand: Predicate): Predicate => ({ kind: 'not', operand });
export const constant = (v: boolean | null): Predicate => ({ kind: 'constant', value: v });

/** Joins conditions, flattening nested joins of the same kind. */
export function junction(kind: 'and' | 'or', operands: Predicate[]): Predicate {
  const flat = operands.flatMap((p) => (p.kind === kind ? p.operands : [p]));
  if (flat.length === 1 && flat[0]) return flat[0];
  return { kind, operands: flat };
}
