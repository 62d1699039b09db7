import type { FieldKind, FieldSpec } from '../fields.js';
import type { ColumnFilter, FilterOperator } from '../types.js';

/** The operators a filter builder offers, by the kind of field, and how a filter reads as a chip. */

export const OPERATOR_LABELS: Record<FilterOperator, string> = {
  eq: 'is',
  ne: 'is not',
  lt: 'less than',
  le: 'at most',
  gt: 'greater than',
  ge: 'at least',
  in: 'is any of',
  contains: 'contains',
  starts_with: 'starts with',
  is_null: 'is empty',
  between: 'between',
};

const ORDERED: FilterOperator[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'in', 'is_null'];
const TEXT: FilterOperator[] = ['contains', 'eq', 'ne', 'starts_with', 'in', 'is_null'];

const BY_KIND: Record<FieldKind, FilterOperator[]> = {
  text: TEXT,
  longtext: TEXT,
  enum: ['eq', 'ne', 'in', 'is_null'],
  relation: ['eq', 'ne', 'in', 'is_null'],
  integer: ORDERED,
  number: ORDERED,
  date: ORDERED.filter((op) => op !== 'in'),
  datetime: ORDERED.filter((op) => op !== 'in'),
  time: ORDERED.filter((op) => op !== 'in'),
  boolean: ['eq', 'is_null'],
  json: ['is_null'],
  binary: ['is_null'],
};

export function operatorsFor(spec: FieldSpec): FilterOperator[] {
  const operators = BY_KIND[spec.kind];
  // "is empty" means nothing on a column that can never be null.
  return spec.nullable ? operators : operators.filter((op) => op !== 'is_null');
}

/** How many values an operator takes: none is chosen from a yes/no, `in` takes a list. */
export function valueShape(operator: FilterOperator): 'one' | 'two' | 'list' | 'flag' {
  if (operator === 'between') return 'two';
  if (operator === 'in') return 'list';
  if (operator === 'is_null') return 'flag';
  return 'one';
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return typeof value === 'string' ? `“${value}”` : String(value);
}

/** "country is “DE”", "credit between 100 and 150", "email is not empty". */
export function filterText(filter: ColumnFilter, title: string): string {
  if (filter.operator === 'is_null') return `${title} ${filter.value === false ? 'is not empty' : 'is empty'}`;
  if (filter.operator === 'between' && Array.isArray(filter.value)) {
    return `${title} between ${valueText(filter.value[0])} and ${valueText(filter.value[1])}`;
  }
  return `${title} ${OPERATOR_LABELS[filter.operator]} ${valueText(filter.value)}`;
}
