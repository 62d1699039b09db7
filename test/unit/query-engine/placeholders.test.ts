import { describe, expect, it } from 'vitest';
import { QueryRefusal } from '../../../server/query-engine/query-refusal.js';
import { expandPlaceholders } from '../../../server/query-engine/placeholders.js';
import { dialectFor } from '../../../server/query-engine/sql-dialect.js';
import { guardSql } from '../../../server/query-engine/sql-guard.js';
import type { DashboardFilter, DataSourceKind, JsonValue } from '../../../server/query-engine/types.js';

function expand(sql: string, filters: DashboardFilter[] = [], params: Record<string, JsonValue> = {}, kind: DataSourceKind = 'duckdb') {
  return expandPlaceholders(guardSql(sql), dialectFor(kind), filters, params);
}

function validationError(run: () => unknown): QueryRefusal {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QueryRefusal);
    expect((error as QueryRefusal).reason).toBe('invalid');
    return error as QueryRefusal;
  }
  throw new Error('expected a validation error');
}

describe('filter placeholders', () => {
  it('builds one bound condition per operator', () => {
    const cases: Array<[DashboardFilter, string, JsonValue[]]> = [
      [{ field: 'region', operator: 'eq', values: ['US'] }, '(("region" = $1))', ['US']],
      [{ field: 'region', operator: 'neq', values: ['US'] }, '(("region" <> $1))', ['US']],
      [{ field: 'region', operator: 'in', values: ['US', 'EU'] }, '(("region" IN ($1, $2)))', ['US', 'EU']],
      [{ field: 'region', operator: 'not_in', values: ['US'] }, '(("region" NOT IN ($1)))', ['US']],
      [{ field: 'region', operator: 'gt', values: [1] }, '(("region" > $1))', [1]],
      [{ field: 'region', operator: 'gte', values: [1] }, '(("region" >= $1))', [1]],
      [{ field: 'region', operator: 'lt', values: [1] }, '(("region" < $1))', [1]],
      [{ field: 'region', operator: 'lte', values: [1] }, '(("region" <= $1))', [1]],
      [{ field: 'region', operator: 'between', values: [1, 5] }, '(("region" BETWEEN $1 AND $2))', [1, 5]],
      [
        { field: 'region', operator: 'contains', values: ['50%_a\\b'] },
        `((lower(CAST("region" AS VARCHAR)) LIKE lower($1) ESCAPE '\\'))`,
        ['%50\\%\\_a\\\\b%'],
      ],
    ];
    for (const [filter, clause, values] of cases) {
      const expanded = expand('SELECT * FROM sales WHERE {{ region }}', [filter]);
      expect(expanded.sql).toBe(`SELECT * FROM sales WHERE ${clause}`);
      expect(expanded.values).toEqual(values);
    }
  });

  it('speaks each engine’s placeholder and text type', () => {
    const filters: DashboardFilter[] = [{ field: 'product', operator: 'contains', values: ['x'] }];
    expect(expand('SELECT 1 WHERE {{product}}', filters, {}, 'sqlite').sql).toBe(
      `SELECT 1 WHERE ((lower(CAST("product" AS TEXT)) LIKE lower(?1) ESCAPE '\\'))`,
    );
    expect(expand('SELECT 1 WHERE {{product}}', filters, {}, 'postgres').sql).toBe(
      `SELECT 1 WHERE ((lower(CAST("product" AS TEXT)) LIKE lower($1) ESCAPE '\\'))`,
    );
  });

  it('is always true without a filter, or with an empty one', () => {
    expect(expand('SELECT * FROM sales WHERE {{region}}').sql).toBe('SELECT * FROM sales WHERE TRUE');
    expect(expand('SELECT * FROM sales WHERE {{region}}', [], {}, 'sqlite').sql).toBe('SELECT * FROM sales WHERE 1=1');
    expect(expand('SELECT * FROM sales WHERE {{region}}', [{ field: 'region', operator: 'in', values: [] }]).values).toEqual([]);
  });

  it('combines several filters on one field with AND, and numbers values in order of appearance', () => {
    const expanded = expand('SELECT * FROM sales WHERE {{revenue}} AND id > $min AND {{region}}', [
      { field: 'region', operator: 'eq', values: ['US'] },
      { field: 'revenue', operator: 'gte', values: [10] },
      { field: 'revenue', operator: 'lt', values: [20] },
    ], { min: 3 });
    expect(expanded.sql).toBe('SELECT * FROM sales WHERE (("revenue" >= $1) AND ("revenue" < $2)) AND id > $3 AND (("region" = $4))');
    expect(expanded.values).toEqual([10, 20, 3, 'US']);
  });

  it('spells NULL values as IS NULL / IS NOT NULL', () => {
    const clause = (filter: DashboardFilter) => expand('SELECT 1 WHERE {{region}}', [filter]);
    expect(clause({ field: 'region', operator: 'eq', values: [null] }).sql).toBe('SELECT 1 WHERE (("region" IS NULL))');
    expect(clause({ field: 'region', operator: 'neq', values: [null] }).sql).toBe('SELECT 1 WHERE (("region" IS NOT NULL))');
    const inList = clause({ field: 'region', operator: 'in', values: ['US', null] });
    expect(inList.sql).toBe('SELECT 1 WHERE (("region" IN ($1) OR "region" IS NULL))');
    expect(inList.values).toEqual(['US']);
    expect(clause({ field: 'region', operator: 'not_in', values: [null, 'US'] }).sql).toBe(
      'SELECT 1 WHERE (("region" NOT IN ($1) AND "region" IS NOT NULL))',
    );
  });

  it('reports filters the SQL never mentions', () => {
    const expanded = expand('SELECT * FROM sales WHERE {{region}}', [
      { field: 'region', operator: 'eq', values: ['US'] },
      { field: 'channel', operator: 'eq', values: ['web'] },
      { field: 'channel', operator: 'neq', values: ['store'] },
    ]);
    expect(expanded.ignoredFilters).toEqual(['channel']);
  });

  it('leaves placeholders inside strings and comments alone', () => {
    const expanded = expand("SELECT '{{region}} $x' AS a -- {{region}} $y\nFROM sales", [{ field: 'region', operator: 'eq', values: ['US'] }]);
    expect(expanded.sql).toBe("SELECT '{{region}} $x' AS a -- {{region}} $y\nFROM sales");
    expect(expanded.values).toEqual([]);
    expect(expanded.ignoredFilters).toEqual(['region']);
  });

  it('binds a hostile value instead of splicing it', () => {
    const hostile = "'); DROP TABLE sales; --";
    const expanded = expand('SELECT * FROM sales WHERE {{region}}', [{ field: 'region', operator: 'eq', values: [hostile] }]);
    expect(expanded.sql).toBe('SELECT * FROM sales WHERE (("region" = $1))');
    expect(expanded.values).toEqual([hostile]);
  });

  it('refuses wrongly shaped filters', () => {
    const sql = 'SELECT * FROM sales WHERE {{region}}';
    const bad: Array<[unknown, string]> = [
      [{ field: 'region', operator: 'between', values: [1] }, 'filters[0].values'],
      [{ field: 'region', operator: 'between', values: [1, 2, 3] }, 'filters[0].values'],
      [{ field: 'region', operator: 'eq', values: ['a', 'b'] }, 'filters[0].values'],
      [{ field: 'region', operator: 'in', values: [{ a: 1 }] }, 'filters[0].values'],
      [{ field: 'region', operator: 'gt', values: [null] }, 'filters[0].values'],
      [{ field: 'region', operator: 'contains', values: [null] }, 'filters[0].values'],
      [{ field: 'region', operator: 'in', values: 'US' }, 'filters[0].values'],
      [{ field: 'region', operator: 'like', values: ['US'] }, 'filters[0].operator'],
      [{ field: 'region"; --', operator: 'eq', values: ['US'] }, 'filters[0].field'],
    ];
    for (const [filter, field] of bad) {
      const error = validationError(() => expand(sql, [filter as DashboardFilter]));
      expect(error.fields[0]?.field).toBe(field);
    }
  });
});

describe('named parameters', () => {
  it('binds $name from params, once per use', () => {
    const expanded = expand('SELECT * FROM sales WHERE region = $region OR product = $region', [], { region: 'US' }, 'sqlite');
    expect(expanded.sql).toBe('SELECT * FROM sales WHERE region = ?1 OR product = ?2');
    expect(expanded.values).toEqual(['US', 'US']);
  });

  it('refuses a missing parameter', () => {
    const error = validationError(() => expand('SELECT * FROM sales WHERE region = $region'));
    expect(error.message).toBe('Missing value for parameter $region');
    expect(error.fields[0]?.field).toBe('params.region');
  });

  it('refuses a parameter that is a list or an object', () => {
    validationError(() => expand('SELECT $a', [], { a: [1, 2] }));
    validationError(() => expand('SELECT $a', [], { a: { b: 1 } }));
  });

  it('binds null', () => {
    expect(expand('SELECT $a AS a', [], { a: null }).values).toEqual([null]);
  });
});
