import type { Filter, FilterOperator, FilterValue } from './types.js';

export const OPERATOR_LABELS: Record<FilterOperator, string> = {
  eq: 'equals',
  neq: 'is not',
  in: 'is any of',
  not_in: 'is none of',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  between: 'between',
  contains: 'contains',
};

export const isListOperator = (operator: FilterOperator) => operator === 'in' || operator === 'not_in';

export type ValueKind = 'number' | 'date' | 'boolean' | 'text';

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// Without defaults to judge by, a field named like a date gets a date picker.
const DATE_FIELD = /(?:^|_)(?:date|day|at|on)$/i;

/** What kind of input a filter needs, judged from the saved default values, else the field name. */
export function valueKind(values: readonly FilterValue[], field = ''): ValueKind {
  const present = values.filter((value) => value !== null && value !== '');
  if (present.length === 0) return DATE_FIELD.test(field) ? 'date' : 'text';
  if (present.every((value) => typeof value === 'number')) return 'number';
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every((value) => typeof value === 'string' && DATE.test(value))) return 'date';
  return 'text';
}

/**
 * Turns typed text into the value a filter should carry. Plain integers and decimals become
 * numbers, but not ones with a leading zero: those are codes ("02139"), and a number would lose it.
 */
export function parseTypedValue(text: string, kind: ValueKind = 'text'): FilterValue {
  const trimmed = text.trim();
  if (kind === 'boolean') return trimmed === 'true';
  if (kind === 'number' || (kind === 'text' && /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(trimmed))) {
    const parsed = Number(trimmed);
    if (trimmed !== '' && Number.isFinite(parsed)) return parsed;
  }
  return trimmed;
}

export const valueText = (value: FilterValue | undefined) => (value === null || value === undefined ? '' : String(value));

/** A date input wants YYYY-MM-DD; stored defaults may carry a time as well. */
export const dateText = (value: FilterValue | undefined) => valueText(value).slice(0, 10);

/** Saved filters compared by content: a refetched dashboard brings equal filters in new objects. */
export const filtersKey = (filters: readonly Filter[]) => JSON.stringify(filters);

export const isBlank = (value: FilterValue | undefined) => value === null || value === undefined || value === '';

/**
 * The server takes a filter with no values as "not filtering" and refuses half-filled ones (blanks
 * in a list), so those are sent without their blanks. A range with one bound is a filter from or up
 * to it ("since", "before").
 */
export function forQuery(saved: Filter): Filter {
  // What the bar shows (label, where values are listed from) is the dashboard's business, not the query's.
  const filter: Filter = { field: saved.field, operator: saved.operator, values: saved.values };
  const present = filter.values.filter((value) => !isBlank(value));
  if (filter.operator === 'between') {
    const [from, to] = filter.values;
    if (!isBlank(from) && !isBlank(to)) return { ...filter, values: [from!, to!] };
    if (!isBlank(from)) return { ...filter, operator: 'gte', values: [from!] };
    if (!isBlank(to)) return { ...filter, operator: 'lte', values: [to!] };
    return { ...filter, values: [] };
  }
  if (isListOperator(filter.operator)) return { ...filter, values: present };
  return { ...filter, values: present.slice(0, 1) };
}
