import { describe, expect, it } from 'vitest';
import { presetRange, previousPeriod } from '../../web/src/dashboards/datePresets.js';
import { filterLabel, filtersFromUrl, filtersToUrl } from '../../web/src/dashboards/filterUrl.js';
import { forQuery } from '../../web/src/dashboards/filterValues.js';
import type { Filter } from '../../web/src/dashboards/types.js';

/** The dashboard page keeps filter values in its URL; these are the rules of that round trip. */
const saved: Filter[] = [
  { field: 'region', operator: 'in', values: ['EU'] },
  { field: 'order_date', operator: 'between', values: ['2025-01-01', '2025-12-31'], label: 'Ordered' },
  { field: 'min_amount', operator: 'gte', values: [10] },
];
const today = new Date('2026-05-20T12:00:00Z');

describe('filter values in the URL', () => {
  it('reads values, lists, ranges, single bounds and presets, keeping defaults for filters it does not name', () => {
    const state = filtersFromUrl(saved, new URLSearchParams('region=EU&region=US&order_date=~2025-03-31&edit=1'), today);
    expect(state.filters.map((f) => f.values)).toEqual([['EU', 'US'], [null, '2025-03-31'], [10]]);
    const preset = filtersFromUrl(saved, new URLSearchParams('order_date=last_30_days&min_amount='), today);
    expect(preset.filters[1]!.values).toEqual(['2026-04-21', '2026-05-20']);
    expect(preset.presets).toEqual({ 1: 'last_30_days' });
    expect(preset.filters[2]!.values).toEqual([]);
  });

  it('writes only what differs from the saved defaults, keeps other parameters, and reads back the same', () => {
    const state = { filters: [saved[0]!, { ...saved[1]!, values: ['2025-02-01', '2025-02-28'] }, { ...saved[2]!, values: [] }], presets: {} };
    const url = filtersToUrl(saved, state, new URLSearchParams('edit=1&region=old'));
    expect(url.toString()).toBe('edit=1&order_date=2025-02-01%7E2025-02-28&min_amount=');
    expect(filtersFromUrl(saved, url, today).filters).toEqual(state.filters);
    expect(filtersToUrl(saved, { filters: saved, presets: { 1: 'this_year' } }, new URLSearchParams()).toString()).toBe('order_date=this_year');
  });

  it('names filters by their label, else by their field in words', () => {
    expect(saved.map(filterLabel)).toEqual(['Region', 'Ordered', 'Min amount']);
  });

  it('queries a range with one bound as "since" or "before"', () => {
    expect(forQuery({ field: 'd', operator: 'between', values: ['2025-01-01', null] })).toEqual({ field: 'd', operator: 'gte', values: ['2025-01-01'] });
    expect(forQuery({ field: 'd', operator: 'between', values: ['', '2025-01-31'] })).toEqual({ field: 'd', operator: 'lte', values: ['2025-01-31'] });
    expect(forQuery({ field: 'd', operator: 'between', values: [null, null] }).values).toEqual([]);
  });
});

describe('date presets', () => {
  it('resolve against today, and the previous period has the same length just before', () => {
    expect(presetRange('this_quarter', today)).toEqual(['2026-04-01', '2026-06-30']);
    expect(presetRange('previous_quarter', today)).toEqual(['2026-01-01', '2026-03-31']);
    expect(presetRange('previous_month', new Date('2026-01-15T00:00:00Z'))).toEqual(['2025-12-01', '2025-12-31']);
    expect(presetRange('today', today)).toEqual(['2026-05-20', '2026-05-20']);
    expect(previousPeriod('2026-04-21', '2026-05-20')).toEqual(['2026-03-22', '2026-04-20']);
  });
});
