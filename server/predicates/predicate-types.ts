import { constant, not, type Operand, type Predicate, type ValueType } from './predicate.js';
import { resultTypeOf } from './predicate-functions.js';
import { describedField, type TableDescription } from './table-description.js';

/**
 * What the tree's fields mean on one table: the types of operands, whether they can be null,
 * and what that allows. A field the table lacks is a PredicateError.
 */

export function operandType(operand: Operand, table: TableDescription): ValueType {
  switch (operand.kind) {
    case 'field':
      return describedField(table, operand.field).type;
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

/** Whether an operand can be null on some row: a nullable field, the null literal, or a function of either. */
export function operandMayBeNull(operand: Operand, table: TableDescription): boolean {
  switch (operand.kind) {
    case 'field':
      return describedField(table, operand.field).nullable === true;
    case 'value':
      return operand.value === null;
    case 'call':
      return operand.args.some((arg) => operandMayBeNull(arg, table));
    default:
      return false;
  }
}

/** Whether a condition can be unknown on some row. */
export function predicateMayBeUnknown(predicate: Predicate, table: TableDescription): boolean {
  switch (predicate.kind) {
    case 'constant':
      return predicate.value === null;
    case 'not':
      return predicateMayBeUnknown(predicate.operand, table);
    case 'and':
    case 'or':
      return predicate.operands.some((p) => predicateMayBeUnknown(p, table));
    case 'match':
      return operandMayBeNull(predicate.target, table) || operandMayBeNull(predicate.needle, table);
    default:
      return false;
  }
}

/**
 * `left` and `right` have the same truth value. Folds what needs no SQL: two constants, and a
 * condition that is never unknown next to a constant (`P eq true` is P, `P eq false` is not P).
 */
export function same(left: Predicate, right: Predicate, table: TableDescription): Predicate {
  if (left.kind === 'constant' && right.kind === 'constant') return constant(left.value === right.value);
  const [fixed, other] = right.kind === 'constant' ? [right, left] : left.kind === 'constant' ? [left, right] : [undefined, undefined];
  if (fixed?.kind === 'constant' && other && !predicateMayBeUnknown(other, table)) {
    if (fixed.value === null) return constant(false);
    return fixed.value ? other : not(other);
  }
  return { kind: 'same', left, right };
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
