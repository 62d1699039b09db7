import type { Pick } from '../../charts/chartPicks.js';
import { parseTypedValue, valueText } from '../filterValues.js';
import type { Filter, FilterValue } from '../types.js';

/** The query parameter naming the fields a click on a tile set; their values sit under their own names. */
export const CROSS_PARAM = 'cross';

export interface CrossFilter {
  field: string;
  value: FilterValue;
  /** A filter of the dashboard's bar took the value; otherwise it narrows on its own. */
  saved: boolean;
}

/** Saved filters a click can set: one value replaces whatever they held. */
const SETTABLE = new Set<Filter['operator']>(['eq', 'in', 'contains']);

/**
 * The cross-filters the page's query string holds (`?cross=channel&channel=Online`). A field the
 * dashboard has a filter on is read by the filter bar like any other filter value; the others
 * become filters of their own, equality on the clicked value.
 */
export function crossFiltersFromUrl(saved: Filter[], params: URLSearchParams): CrossFilter[] {
  return [...new Set(params.getAll(CROSS_PARAM))].flatMap((field) => {
    if (!params.has(field)) return [];
    const text = params.get(field) ?? '';
    return [{ field, value: text === '' ? null : parseTypedValue(text), saved: saved.some((filter) => filter.field === field) }];
  });
}

/** What the cross-filters add to the query: the ones no saved filter carries. */
export function crossFilterQuery(crossFilters: CrossFilter[]): Filter[] {
  return crossFilters.filter((cross) => !cross.saved).map((cross) => ({ field: cross.field, operator: 'eq', values: [cross.value] }));
}

/** Sets the clicked values as filters. Dates are skipped: a clicked day or month is not one value of a date column. */
export function withCrossFilters(saved: Filter[], current: URLSearchParams, picks: Pick[]): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const pick of picks) {
    if (pick.type === 'date' || pick.type === 'datetime' || pick.type === 'json') continue;
    const filter = saved.find((candidate) => candidate.field === pick.column);
    if (filter && !SETTABLE.has(filter.operator)) continue;
    next.delete(pick.column);
    next.set(pick.column, valueText(pick.value));
    if (!next.getAll(CROSS_PARAM).includes(pick.column)) next.append(CROSS_PARAM, pick.column);
  }
  return next;
}

/** Clears one cross-filter: a saved filter goes back to its default. */
export function withoutCrossFilter(current: URLSearchParams, field: string): URLSearchParams {
  const next = new URLSearchParams(current);
  const remaining = next.getAll(CROSS_PARAM).filter((name) => name !== field);
  next.delete(CROSS_PARAM);
  remaining.forEach((name) => next.append(CROSS_PARAM, name));
  next.delete(field);
  return next;
}
