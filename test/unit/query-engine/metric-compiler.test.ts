import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusal } from '../../../server/query-engine/query-refusal.js';
import { compileMetric } from '../../../server/query-engine/metric-compiler.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import type { DashboardFilter, MetricDefinition } from '../../../server/query-engine/types.js';
import { createDuckDbSales, createSqliteSales, sourcesResolver, tempDir } from './fixtures.js';

const revenue: MetricDefinition = { table: 'sales', measure: 'SUM(revenue)', time_column: 'order_date', dimensions: ['region', 'product'] };

function refusal(run: () => unknown): QueryRefusal {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QueryRefusal);
    return error as QueryRefusal;
  }
  throw new Error('expected a refusal');
}

describe('compileMetric', () => {
  it('groups by dimensions and period, filters through placeholders, orders by period', () => {
    const { sql } = compileMetric('duckdb', revenue, {
      dimensions: ['region'],
      time_grain: 'month',
      filters: [
        { field: 'region', operator: 'in', values: ['US'] },
        { field: 'order_date', operator: 'gte', values: ['2024-01-01'] },
        { field: 'region', operator: 'neq', values: ['EU'] },
      ],
    });
    expect(sql).toBe(
      `SELECT "region", CAST(date_trunc('month', "order_date") AS DATE) AS "period", (SUM(revenue)) AS "value" FROM "sales"` +
        ` WHERE {{region}} AND {{order_date}} GROUP BY 1, 2 ORDER BY 2, 1`,
    );
  });

  it('is a single aggregate without dimensions or grain', () => {
    expect(compileMetric('postgres', { ...revenue, table: 'analytics.sales' }).sql).toBe(
      'SELECT (SUM(revenue)) AS "value" FROM "analytics"."sales"',
    );
  });

  it('buckets time with strftime-style functions on SQLite', () => {
    expect(compileMetric('sqlite', revenue, { time_grain: 'week' }).sql).toBe(
      `SELECT date("order_date", 'weekday 0', '-6 days') AS "period", (SUM(revenue)) AS "value" FROM "sales" GROUP BY 1 ORDER BY 1`,
    );
  });

  it('refuses dimensions, filters and grains the metric does not allow', () => {
    expect(refusal(() => compileMetric('duckdb', revenue, { dimensions: ['secret'] })).fields[0]?.field).toBe('dimensions[0]');
    const filters: DashboardFilter[] = [{ field: 'cost', operator: 'eq', values: [1] }];
    expect(refusal(() => compileMetric('duckdb', revenue, { filters })).fields[0]?.field).toBe('filters[0].field');
    expect(refusal(() => compileMetric('duckdb', { ...revenue, time_column: null }, { time_grain: 'day' })).reason).toBe('invalid');
    expect(refusal(() => compileMetric('duckdb', revenue, { time_grain: 'hour' as never })).reason).toBe('invalid');
  });

  it('refuses table names and measures that are not what they claim to be', () => {
    expect(refusal(() => compileMetric('duckdb', { ...revenue, table: 'sales; DROP TABLE x' })).fields[0]?.field).toBe('table');
    expect(refusal(() => compileMetric('duckdb', { ...revenue, table: 'a.b.c' })).reason).toBe('invalid');
    for (const measure of ['SUM(x) -- ', 'SUM(x)) FROM other WHERE (1', 'SUM(x) FROM other', '1; DROP TABLE sales', '', 'SUM({{x}})']) {
      expect(refusal(() => compileMetric('duckdb', { ...revenue, measure })).reason).toBe('invalid');
    }
    expect(refusal(() => compileMetric('duckdb', { ...revenue, measure: "(SELECT count(*) FROM read_csv('/etc/passwd'))" })).message).toBe(
      'SQL is not allowed to use read_csv',
    );
  });

  it('lets aggregates with FILTER and CASE through', () => {
    expect(() => compileMetric('duckdb', { ...revenue, measure: "COUNT(*) FILTER (WHERE region = 'US')" })).not.toThrow();
    expect(() => compileMetric('duckdb', { ...revenue, measure: 'SUM(CASE WHEN quantity > 1 THEN revenue ELSE 0 END)' })).not.toThrow();
  });
});

describe('compiled metrics run on each embedded engine', () => {
  const temp = tempDir();
  let engine: QueryEngine;

  beforeAll(async () => {
    await createDuckDbSales(join(temp.dir, 'm.duckdb'));
    createSqliteSales(join(temp.dir, 'm.sqlite'));
    engine = new QueryEngine({
      resolveSource: sourcesResolver([
        { name: 'duck', kind: 'duckdb', url: join(temp.dir, 'm.duckdb') },
        { name: 'lite', kind: 'sqlite', url: join(temp.dir, 'm.sqlite') },
      ]),
    });
  });

  afterAll(async () => {
    await engine.close();
    temp.remove();
  });

  it.each([
    ['duck', 'duckdb'],
    ['lite', 'sqlite'],
  ] as const)('%s', async (source, kind) => {
    const filters: DashboardFilter[] = [{ field: 'region', operator: 'in', values: ['US', 'EU'] }];
    const byQuarter = engine.compileMetric(kind, revenue, { dimensions: ['region'], time_grain: 'quarter', filters });
    const result = await engine.run({ tenantId: 'acme', source, sql: byQuarter.sql, filters, cacheTtlSeconds: 0 });
    expect(result.columns.map((column) => column.name)).toEqual(['region', 'period', 'value']);
    expect(result.rows).toEqual([
      { region: 'EU', period: '2024-01-01', value: 200 },
      { region: 'US', period: '2024-01-01', value: 400.5 },
      { region: 'EU', period: '2024-04-01', value: 75 },
    ]);

    const weekly = engine.compileMetric(kind, revenue, { time_grain: 'week' });
    const weeks = await engine.run({ tenantId: 'acme', source, sql: weekly.sql, cacheTtlSeconds: 0 });
    // 2024-01-05 is a Friday: its week starts on Monday 2024-01-01.
    expect(weeks.rows[0]).toEqual({ period: '2024-01-01', value: 100.5 });

    const yearly = engine.compileMetric(kind, revenue, { time_grain: 'year' });
    expect((await engine.run({ tenantId: 'acme', source, sql: yearly.sql, cacheTtlSeconds: 0 })).rows).toEqual([{ period: '2024-01-01', value: 745.75 }]);
  });
});
