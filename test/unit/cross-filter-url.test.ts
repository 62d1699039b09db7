import { describe, expect, it } from 'vitest';
import { crossFilterQuery, crossFiltersFromUrl, withCrossFilters, withoutCrossFilter } from '../../web/src/dashboards/cross-filter/crossFilterUrl.js';
import { filtersFromUrl } from '../../web/src/dashboards/filterUrl.js';
import type { Filter } from '../../web/src/dashboards/types.js';

const saved: Filter[] = [
  { field: 'region', operator: 'in', values: [] },
  { field: 'order_date', operator: 'between', values: [] },
  { field: 'quantity', operator: 'gte', values: [] },
];

describe('cross-filters in the URL', () => {
  it('sets a saved filter through its own parameter, which the filter bar then reads', () => {
    const params = withCrossFilters(saved, new URLSearchParams('edit=0'), [{ column: 'region', value: 'EU', type: 'string' }]);
    expect(params.toString()).toBe('edit=0&region=EU&cross=region');
    expect(filtersFromUrl(saved, params).filters[0]).toEqual({ field: 'region', operator: 'in', values: ['EU'] });
    expect(crossFiltersFromUrl(saved, params)).toEqual([{ field: 'region', value: 'EU', saved: true }]);
    // The bar carries it; the query needs nothing more.
    expect(crossFilterQuery(crossFiltersFromUrl(saved, params))).toEqual([]);
  });

  it('filters on a field the bar lacks with equality, numbers and empties kept as such', () => {
    const params = withCrossFilters(saved, new URLSearchParams(), [
      { column: 'channel', value: 'Online', type: 'string' },
      { column: 'year', value: 2024, type: 'number' },
      { column: 'segment', value: null, type: 'string' },
    ]);
    expect(crossFilterQuery(crossFiltersFromUrl(saved, params))).toEqual([
      { field: 'channel', operator: 'eq', values: ['Online'] },
      { field: 'year', operator: 'eq', values: [2024] },
      { field: 'segment', operator: 'eq', values: [null] },
    ]);
  });

  it('skips clicks it cannot turn into one value: dates, and saved ranges', () => {
    const params = withCrossFilters(saved, new URLSearchParams(), [
      { column: 'order_date', value: '2025-01-01', type: 'date' },
      { column: 'quantity', value: 3, type: 'number' },
    ]);
    expect(params.toString()).toBe('');
  });

  it('replaces an earlier click on the same field, and clears one field leaving the others', () => {
    let params = withCrossFilters(saved, new URLSearchParams(), [{ column: 'channel', value: 'Online' }]);
    params = withCrossFilters(saved, params, [{ column: 'channel', value: 'Retail' }, { column: 'region', value: 'EU' }]);
    expect(params.getAll('channel')).toEqual(['Retail']);
    expect(params.getAll('cross')).toEqual(['channel', 'region']);
    params = withoutCrossFilter(params, 'channel');
    expect(params.toString()).toBe('region=EU&cross=region');
  });
});
