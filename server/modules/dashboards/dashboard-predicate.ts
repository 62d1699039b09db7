/**
 * A face-neutral condition over dashboard fields. Faces parse their own query dialects (OData
 * `$filter`, ...) into this tree; `dashboard-predicate.compiler.ts` turns it into SQL. The tree
 * carries no SQL and no HTTP names, so every face filters with the same semantics:
 * - Values may be null (a nullable field, the null literal, a function of a null). A function
 *   of a null is null; a comparison is never null: null equals only null, and every ordering
 *   comparison with a null is false. Conditions of functions of nulls (`contains(null, 'a')`)
 *   are unknown, and `and`, `or` and `not` treat unknown as SQL does; a filter keeps a row only
 *   when its condition is true.
 * - Strings compare and order by code point; lengths and positions count code points.
 */

import { argumentProblem, arityProblem, resultTypeOf, type OperandFn } from './dashboard-predicate.functions.js';

export type { OperandFn } from './dashboard-predicate.functions.js';

export type DashboardField =
  | 'name'
  | 'type'
  | 'description'
  | 'widget_count'
  | 'refresh_interval_seconds'
  | 'created_at'
  | 'updated_at';

/** The type of a value as the predicate sees it; `null` is the type of the null literal only. */
export type ValueType = 'string' | 'number' | 'datetime' | 'date' | 'null';

export interface FieldSpec {
  type: 'string' | 'number' | 'datetime';
  nullable: boolean;
}

export const DASHBOARD_FIELDS: Readonly<Record<DashboardField, FieldSpec>> = {
  name: { type: 'string', nullable: false },
  type: { type: 'string', nullable: false },
  description: { type: 'string', nullable: false },
  widget_count: { type: 'number', nullable: false },
  refresh_interval_seconds: { type: 'number', nullable: true },
  created_at: { type: 'datetime', nullable: false },
  updated_at: { type: 'datetime', nullable: false },
};

export function isDashboardField(name: string): name is DashboardField {
  return Object.prototype.hasOwnProperty.call(DASHBOARD_FIELDS, name);
}

export type FieldOperand = { kind: 'field'; field: DashboardField };
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

export type DashboardOrder = { expression: Operand; direction: 'asc' | 'desc' }[];

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

export const field = (name: DashboardField): FieldOperand => ({ kind: 'field', field: name });
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

/** Whether an operand can be null on some row: a nullable field, the null literal, or a function of either. */
export function operandMayBeNull(operand: Operand): boolean {
  switch (operand.kind) {
    case 'field':
      return DASHBOARD_FIELDS[operand.field].nullable;
    case 'value':
      return operand.value === null;
    case 'call':
      return operand.args.some(operandMayBeNull);
    default:
      return false;
  }
}

/** Whether a condition can be unknown on some row. */
export function predicateMayBeUnknown(predicate: Predicate): boolean {
  switch (predicate.kind) {
    case 'constant':
      return predicate.value === null;
    case 'not':
      return predicateMayBeUnknown(predicate.operand);
    case 'and':
    case 'or':
      return predicate.operands.some(predicateMayBeUnknown);
    case 'match':
      return operandMayBeNull(predicate.target) || operandMayBeNull(predicate.needle);
    default:
      return false;
  }
}

/**
 * `left` and `right` have the same truth value. Folds what needs no SQL: two constants, and a
 * condition that is never unknown next to a constant (`P eq true` is P, `P eq false` is not P).
 */
export function same(left: Predicate, right: Predicate): Predicate {
  if (left.kind === 'constant' && right.kind === 'constant') return constant(left.value === right.value);
  const [fixed, other] = right.kind === 'constant' ? [right, left] : left.kind === 'constant' ? [left, right] : [undefined, undefined];
  if (fixed?.kind === 'constant' && other && !predicateMayBeUnknown(other)) {
    if (fixed.value === null) return constant(false);
    return fixed.value ? other : not(other);
  }
  return { kind: 'same', left, right };
}

export function operandType(operand: Operand): ValueType {
  switch (operand.kind) {
    case 'field':
      return DASHBOARD_FIELDS[operand.field].type;
    case 'datetime':
      return 'datetime';
    case 'date':
      return 'date';
    case 'call':
      return resultTypeOf(operand.fn);
    case 'value':
      return operand.value === null ? 'null' : typeof operand.value === 'number' ? 'number' : 'string';
  }
}

export const isTemporal = (type: ValueType) => type === 'date' || type === 'datetime';

/**
 * Whether two operand types can be compared. Equal types compare, a date compares with an
 * instant (as its midnight UTC), and null compares with anything; nothing else is converted
 * implicitly, because the two stores would convert differently.
 */
export function comparable(left: ValueType, right: ValueType): boolean {
  return left === 'null' || right === 'null' || left === right || (isTemporal(left) && isTemporal(right));
}

/** Trees may come from any face, not only a depth-limited parser; this keeps recursion bounded. */
export const MAX_PREDICATE_DEPTH = 64;

/** Why an operand is malformed, or undefined. */
export function operandProblem(operand: Operand, depth = 0): string | undefined {
  if (depth > MAX_PREDICATE_DEPTH) return `expressions nest deeper than ${MAX_PREDICATE_DEPTH} levels`;
  switch (operand.kind) {
    case 'field':
      return isDashboardField(operand.field) ? undefined : `unknown field ${String(operand.field)}`;
    case 'datetime': {
      if (!isStoredDatetime(operand.value)) return `${String(operand.value)} is not a UTC timestamp like 2026-06-02T10:30:00.000Z`;
      const offset = operand.offsetMinutes ?? 0;
      if (!Number.isInteger(offset) || Math.abs(offset) >= 24 * 60) return `the offset of ${operand.value} must be whole minutes within a day`;
      return isStoredDatetime(wallClock(operand)) ? undefined : `${operand.value} is outside the years 0000 to 9999 on its own clock`;
    }
    case 'date':
      return isCalendarDate(operand.value) ? undefined : `${String(operand.value)} is not a date like 2026-06-02`;
    case 'call': {
      if (!Array.isArray(operand.args)) return `${String(operand.fn)} needs a list of arguments`;
      const arity = arityProblem(operand.fn, operand.args.length);
      if (arity) return arity;
      for (const [index, arg] of operand.args.entries()) {
        const problem = operandProblem(arg, depth + 1) ?? argumentProblem(operand.fn, index, operandType(arg), arg.kind === 'value' ? arg.value : undefined);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'value': {
      const v = operand.value;
      if (typeof v === 'number' && !Number.isFinite(v)) return 'numbers must be finite';
      if (typeof v === 'string' && v.includes('\u0000')) return 'strings cannot contain U+0000';
      if (v !== null && typeof v !== 'number' && typeof v !== 'string') return `unsupported literal ${String(v)}`;
      return undefined;
    }
    default:
      return `unknown operand ${String((operand as { kind?: unknown }).kind)}`;
  }
}

const COMPARE_OPS: ReadonlySet<string> = new Set<CompareOp>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const MATCH_FNS: ReadonlySet<string> = new Set<MatchFn>(['contains', 'startswith', 'endswith']);
const isStringLike = (operand: Operand) => ['string', 'null'].includes(operandType(operand));

/** The first reason the whole tree cannot be compiled, or undefined when it is well-typed. */
export function predicateProblem(predicate: Predicate, depth = 0): string | undefined {
  if (depth > MAX_PREDICATE_DEPTH) return `conditions nest deeper than ${MAX_PREDICATE_DEPTH} levels`;
  switch (predicate.kind) {
    case 'constant':
      return typeof predicate.value === 'boolean' || predicate.value === null ? undefined : 'a constant must be true, false or null';
    case 'not':
      return predicateProblem(predicate.operand, depth + 1);
    case 'same':
      return predicateProblem(predicate.left, depth + 1) ?? predicateProblem(predicate.right, depth + 1);
    case 'and':
    case 'or':
      if (!Array.isArray(predicate.operands) || predicate.operands.length === 0) return `${predicate.kind} needs at least one condition`;
      for (const p of predicate.operands) {
        const problem = predicateProblem(p, depth + 1);
        if (problem) return problem;
      }
      return undefined;
    case 'compare': {
      if (!COMPARE_OPS.has(predicate.op)) return `unknown comparison ${String(predicate.op)}`;
      const problem = operandProblem(predicate.left, depth + 1) ?? operandProblem(predicate.right, depth + 1);
      if (problem) return problem;
      const [left, right] = [operandType(predicate.left), operandType(predicate.right)];
      return comparable(left, right) ? undefined : `a ${left} cannot be compared with a ${right}`;
    }
    case 'match': {
      if (!MATCH_FNS.has(predicate.fn)) return `unknown function ${String(predicate.fn)}`;
      const problem = operandProblem(predicate.target, depth + 1) ?? operandProblem(predicate.needle, depth + 1);
      if (problem) return problem;
      if (!isStringLike(predicate.target) || !isStringLike(predicate.needle)) return `${predicate.fn} takes two strings`;
      return undefined;
    }
    default:
      return `unknown condition ${String((predicate as { kind?: unknown }).kind)}`;
  }
}

/** Why an order cannot be compiled, or undefined. */
export function orderProblem(order: DashboardOrder): string | undefined {
  for (const term of order) {
    if (term.direction !== 'asc' && term.direction !== 'desc') return `unknown direction ${String(term.direction)}`;
    const problem = operandProblem(term.expression);
    if (problem) return problem;
  }
  return undefined;
}
