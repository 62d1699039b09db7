import type { DashboardFilter } from '../../query-engine/types.js';
import { invalid, type FieldError } from '../errors/domain-errors.js';

const SINGLE = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains']);
const ORDERED = new Set(['gt', 'gte', 'lt', 'lte', 'between']);

/**
 * Checks arity and value types of filters. A filter with no values is inactive (it matches
 * everything), which lets a dashboard keep a filter whose default is "all".
 */
export function assertValidFilters(filters: DashboardFilter[], path: string): void {
  const errors: FieldError[] = [];
  filters.forEach((f, i) => {
    const field = `${path}.${i}.values`;
    if (f.values.length === 0) return;
    if (SINGLE.has(f.operator) && f.values.length !== 1) errors.push({ field, message: `${f.operator} takes exactly one value` });
    if (f.operator === 'between' && f.values.length !== 2) errors.push({ field, message: 'between takes exactly two values' });
    if (ORDERED.has(f.operator) && f.values.some((v) => typeof v !== 'number' && typeof v !== 'string')) {
      errors.push({ field, message: `${f.operator} compares numbers, dates or strings` });
    }
    if (f.operator === 'contains' && typeof f.values[0] !== 'string') errors.push({ field, message: 'contains takes a string' });
  });
  if (errors.length > 0) throw invalid(`Invalid filter values: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
}

/** Request filters replace the saved ones on the same field; saved filters on other fields stay. */
export function mergeFilters(saved: DashboardFilter[], requested: DashboardFilter[] | undefined): DashboardFilter[] {
  if (!requested) return saved;
  const overridden = new Set(requested.map((f) => f.field));
  return [...saved.filter((f) => !overridden.has(f.field)), ...requested];
}
