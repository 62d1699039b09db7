import { isCalendarDate, isStoredDatetime, wallClock, type CompareOp, type MatchFn, type Operand, type Ordering, type Predicate } from './predicate.js';
import { argumentProblem, arityProblem } from './predicate-functions.js';
import { comparable, operandType } from './predicate-types.js';
import { isDescribedField, type TableDescription } from './table-description.js';

/**
 * Why a tree cannot be compiled over a table, in words fit to show to whoever wrote it. Faces
 * should refuse such trees with their own messages first; the compiler checks again, since a
 * tree may come from anywhere.
 */

/** Trees may come from any face, not only a depth-limited parser; this keeps recursion bounded. */
export const MAX_PREDICATE_DEPTH = 64;

/** Why an operand is malformed, or undefined. */
export function operandProblem(operand: Operand, table: TableDescription, depth = 0): string | undefined {
  if (depth > MAX_PREDICATE_DEPTH) return `expressions nest deeper than ${MAX_PREDICATE_DEPTH} levels`;
  switch (operand.kind) {
    case 'field':
      return isDescribedField(table, operand.field) ? undefined : `unknown field ${String(operand.field)}`;
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
        const problem = operandProblem(arg, table, depth + 1) ?? argumentProblem(operand.fn, index, operandType(arg, table), arg.kind === 'value' ? arg.value : undefined);
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
const isStringLike = (operand: Operand, table: TableDescription) => ['string', 'null'].includes(operandType(operand, table));

/** The first reason the whole tree cannot be compiled, or undefined when it is well-typed. */
export function predicateProblem(predicate: Predicate, table: TableDescription, depth = 0): string | undefined {
  if (depth > MAX_PREDICATE_DEPTH) return `conditions nest deeper than ${MAX_PREDICATE_DEPTH} levels`;
  switch (predicate.kind) {
    case 'constant':
      return typeof predicate.value === 'boolean' || predicate.value === null ? undefined : 'a constant must be true, false or null';
    case 'not':
      return predicateProblem(predicate.operand, table, depth + 1);
    case 'same':
      return predicateProblem(predicate.left, table, depth + 1) ?? predicateProblem(predicate.right, table, depth + 1);
    case 'and':
    case 'or':
      if (!Array.isArray(predicate.operands) || predicate.operands.length === 0) return `${predicate.kind} needs at least one condition`;
      for (const p of predicate.operands) {
        const problem = predicateProblem(p, table, depth + 1);
        if (problem) return problem;
      }
      return undefined;
    case 'compare': {
      if (!COMPARE_OPS.has(predicate.op)) return `unknown comparison ${String(predicate.op)}`;
      const problem = operandProblem(predicate.left, table, depth + 1) ?? operandProblem(predicate.right, table, depth + 1);
      if (problem) return problem;
      const [left, right] = [operandType(predicate.left, table), operandType(predicate.right, table)];
      return comparable(left, right) ? undefined : `a ${left} cannot be compared with a ${right}`;
    }
    case 'match': {
      if (!MATCH_FNS.has(predicate.fn)) return `unknown function ${String(predicate.fn)}`;
      const problem = operandProblem(predicate.target, table, depth + 1) ?? operandProblem(predicate.needle, table, depth + 1);
      if (problem) return problem;
      if (!isStringLike(predicate.target, table) || !isStringLike(predicate.needle, table)) return `${predicate.fn} takes two strings`;
      return undefined;
    }
    default:
      return `unknown condition ${String((predicate as { kind?: unknown }).kind)}`;
  }
}

/** Why an order cannot be compiled, or undefined. */
export function orderProblem(order: Ordering, table: TableDescription): string | undefined {
  for (const term of order) {
    if (term.direction !== 'asc' && term.direction !== 'desc') return `unknown direction ${String(term.direction)}`;
    const problem = operandProblem(term.expression, table);
    if (problem) return problem;
  }
  return undefined;
}
