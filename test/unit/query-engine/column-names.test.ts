import { describe, expect, it } from 'vitest';
import { columnIdentifiers } from '../../../server/query-engine/column-names.js';

describe('column names', () => {
  it('turns engine names into identifiers', () => {
    expect(
      columnIdentifiers(['region', 'sum(revenue)', 'SUM(revenue)', 'count_star()', 'COUNT(*)', 'Avg Price (€)', '__x__', 'Café']),
    ).toEqual(['region', 'sum_revenue', 'sum_revenue_2', 'count', 'count_2', 'avg_price', 'x', 'cafe']);
  });

  it('names what has no usable name by its position', () => {
    expect(columnIdentifiers(['', '?column?', '(((', 'a'])).toEqual(['column_1', 'column_2', 'column_3', 'a']);
    expect(columnIdentifiers(['1', '2024 total'])).toEqual(['column_1', 'column_2024_total']);
  });

  it('de-duplicates without colliding with names already present', () => {
    expect(columnIdentifiers(['id', 'id_2', 'id', 'ID'])).toEqual(['id', 'id_2', 'id_3', 'id_4']);
  });
});
