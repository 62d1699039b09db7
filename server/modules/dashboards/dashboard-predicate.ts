/**
 * A face-neutral boolean condition over dashboard fields. Faces parse their own query dialects
 * (OData `$filter`, ...) into this tree; `dashboard-predicate.compiler.ts` turns it into SQL. The
 * tree carries no SQL and no HTTP names, so every face filters with the same semantics.
 */

export type DashboardField =
  | 'name'
  | 'type'
  | 'description'
  | 'widget_count'
  | 'refresh_interval_seconds'
  | 'created_at'
  | 'updated_at';

/** The type of a value as the predicate sees it; `null` is the type of the null literal only. */
export type ValueType = 'string' | 'number' | 'datetime' | 'null';

export interface FieldSpec {
  type: Exclude<ValueType, 'null'>;
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

/**
 * `lower` folds ASCII A–Z only: that is what SQLite's lower() does, and the compiler makes
 * PostgreSQL do the same, so a case-insensitive filter matches the same rows on both stores.
 */
export type FieldOperand = { kind: 'field'; field: DashboardField; lower?: boolean };
/** A literal. Numbers must be finite; strings must not contain U+0000 (PostgreSQL text cannot). */
export type ValueOperand = { kind: 'value'; value: string | number | null };
/** A UTC instant in the stored form `YYYY-MM-DDTHH:MM:SS.sssZ`, so text comparison orders it. */
export type DatetimeOperand = { kind: 'datetime'; value: string };
export type Operand = FieldOperand | ValueOperand | DatetimeOperand;

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type MatchFn = 'contains' | 'startswith' | 'endswith';

export type Predicate =
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  /** n-ary so that long chains stay flat instead of nesting one level per term. */
  | { kind: 'and' | 'or'; operands: Predicate[] }
  | { kind: 'not'; operand: Predicate }
  /** Case-sensitive substring tests; wrap operands in `lower` for case-insensitive ones. */
  | { kind: 'match'; fn: MatchFn; target: Operand; needle: Operand }
  | { kind: 'constant'; value: boolean };

export type DashboardOrder = { field: DashboardField; direction: 'asc' | 'desc' }[];

export const STORED_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True for text exactly as the store writes instants (a real date, not just the right shape). */
export function isStoredDatetime(text: unknown): boolean {
  if (typeof text !== 'string' || !STORED_DATETIME.test(text)) return false;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
}

export const field = (name: DashboardField, lower = false): FieldOperand => (lower ? { kind: 'field', field: name, lower } : { kind: 'field', field: name });
export const value = (v: string | number | null): ValueOperand => ({ kind: 'value', value: v });
export const datetime = (iso: string): DatetimeOperand => ({ kind: 'datetime', value: iso });
export const compare = (op: CompareOp, left: Operand, right: Operand): Predicate => ({ kind: 'compare', op, left, right });
export const match = (fn: MatchFn, target: Operand, needle: Operand): Predicate => ({ kind: 'match', fn, target, needle });
export const not = (operand: Predicate): Predicate => ({ kind: 'not', operand });
export const constant = (v: boolean): Predicate => ({ kind: 'constant', value: v });

/** Joins conditions, flattening nested joins of the same kind. */
export function junction(kind: 'and' | 'or', operands: Predicate[]): Predicate {
  const flat = operands.flatMap((p) => (p.kind === kind ? p.operands : [p]));
  if (flat.length === 1 && flat[0]) return flat[0];
  return { kind, operands: flat };
}

export function operandType(operand: Operand): ValueType {
  if (operand.kind === 'field') return DASHBOARD_FIELDS[operand.field].type;
  if (operand.kind === 'datetime') return 'datetime';
  if (operand.value === null) return 'null';
  return typeof operand.value === 'number' ? 'number' : 'string';
}

/**
 * Why two operand types cannot be compared with `op`, or undefined when they can. Only equal
 * types compare (no implicit conversion: the two stores convert differently); null compares
 * with anything, but only for (in)equality, which becomes IS [NOT] NULL.
 */
export function comparisonProblem(op: CompareOp, left: ValueType, right: ValueType): 'null-order' | 'mismatch' | undefined {
  if (left === 'null' || right === 'null') return op === 'eq' || op === 'ne' ? undefined : 'null-order';
  return left === right ? undefined : 'mismatch';
}

/** Why an operand is malformed on its own, or undefined. */
export function operandProblem(operand: Operand): string | undefined {
  if (operand.kind === 'field') {
    if (!isDashboardField(operand.field)) return `unknown field ${String(operand.field)}`;
    if (operand.lower && DASHBOARD_FIELDS[operand.field].type !== 'string') return `${operand.field} is not a string and cannot be lower-cased`;
    return undefined;
  }
  if (operand.kind === 'datetime') {
    return isStoredDatetime(operand.value) ? undefined : `${String(operand.value)} is not a UTC timestamp like 2026-06-02T10:30:00.000Z`;
  }
  if (operand.kind !== 'value') return `unknown operand ${String((operand as { kind?: unknown }).kind)}`;
  const v = operand.value;
  if (typeof v === 'number' && !Number.isFinite(v)) return 'numbers must be finite';
  if (typeof v === 'string' && v.includes('\u0000')) return 'strings cannot contain U+0000';
  if (v !== null && typeof v !== 'number' && typeof v !== 'string') return `unsupported literal ${String(v)}`;
  return undefined;
}

const COMPARE_OPS: ReadonlySet<string> = new Set<CompareOp>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const MATCH_FNS: ReadonlySet<string> = new Set<MatchFn>(['contains', 'startswith', 'endswith']);
/** Trees may come from any face, not only a depth-limited parser; this keeps recursion bounded. */
export const MAX_PREDICATE_DEPTH = 64;

/** The first reason the whole tree cannot be compiled, or undefined when it is well-typed. */
export function predicateProblem(predicate: Predicate, depth = 0): string | undefined {
  if (depth > MAX_PREDICATE_DEPTH) return `conditions nest deeper than ${MAX_PREDICATE_DEPTH} levels`;
  switch (predicate.kind) {
    case 'constant':
      return typeof predicate.value === 'boolean' ? undefined : 'a constant must be true or false';
    case 'not':
      return predicateProblem(predicate.operand, depth + 1);
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
      const problem = operandProblem(predicate.left) ?? operandProblem(predicate.right);
      if (problem) return problem;
      const left = operandType(predicate.left);
      const right = operandType(predicate.right);
      const why = comparisonProblem(predicate.op, left, right);
      if (why === 'null-order') return `null can only be compared with eq or ne, not ${predicate.op}`;
      if (why === 'mismatch') return `a ${left} cannot be compared with a ${right}`;
      return undefined;
    }
    case 'match': {
      if (!MATCH_FNS.has(predicate.fn)) return `unknown function ${String(predicate.fn)}`;
      const problem = operandProblem(predicate.target) ?? operandProblem(predicate.needle);
      if (problem) return problem;
      if (operandType(predicate.target) !== 'string' || operandType(predicate.needle) !== 'string') return `${predicate.fn} takes two strings`;
      return undefined;
    }
    default:
      return `unknown condition ${String((predicate as { kind?: unknown }).kind)}`;
  }
}
