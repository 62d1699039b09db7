import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Drill-down on metric widgets: `?drill=[...]` walks the widget's `config.drill` levels (dimensions
 * and time grains), each clicked value narrowing the next level, on top of the dashboard's filters.
 * Checked against the same sums computed with plain SQL over the demo's DuckDB sales table.
 */
let t: TestApp;
let root: string;
let viewer: string;
let dashboardId: string;
const ids: Record<string, string> = {};

type Data = { status: string; columns: { name: string }[]; rows: Record<string, unknown>[]; error: string | null };

const drill = (token: string, widget: string, path: unknown, filters?: unknown) => {
  const query = new URLSearchParams();
  if (path !== undefined) query.set('drill', typeof path === 'string' ? path : JSON.stringify(path));
  if (filters) query.set('filters', JSON.stringify(filters));
  return t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/widgets/${ids[widget]}/data?${query}`, token });
};

const sql = async (text: string) => {
  const res = await t.request({ method: 'POST', url: '/api/v1/bi/query', token: root, payload: { source: 'demo', sql: text } });
  expect(res.statusCode).toBe(200);
  return res.json<Data>().rows;
};

const byKey = (rows: Record<string, unknown>[], key: string) => Object.fromEntries(rows.map((row) => [String(row[key]).slice(0, 10), Math.round(Number(row.value))]));

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  const user = await t.createUser(root, { email: 'drill-viewer@example.com', role: 'viewer' });
  viewer = await t.login(user.email, user.password);
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/bi/dashboards',
    token: root,
    payload: { name: 'Drills', visibility: 'public', filters: [{ field: 'channel', operator: 'in', values: [] }] },
  });
  dashboardId = created.json<{ id: string }>().id;
  const add = async (name: string, data_source: unknown, config: unknown) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/bi/dashboards/${dashboardId}/widgets`,
      token: root,
      payload: { name, widget_type: 'bar_chart', position: { x: 0, y: 0, width: 6, height: 4 }, data_source, config },
    });
    expect(res.statusCode).toBe(201);
    ids[name] = res.json<{ id: string }>().id;
  };
  await add('places', { metric: 'revenue', dimensions: ['region'] }, { x_axis: 'region', y_axis: 'value', drill: ['region', 'country'] });
  await add('months', { metric: 'revenue', time_grain: 'month' }, { drill: ['year', 'month', 'day'] });
  await add('sql', { sql: 'SELECT region, SUM(revenue) AS value FROM sales GROUP BY 1', source: 'demo' }, { drill: ['region', 'country'] });
  await add('flat', { metric: 'revenue', dimensions: ['region'] }, {});
});

afterAll(async () => {
  await t?.close();
});

describe('GET …/widgets/:id/data?drill=', () => {
  it('shows the first level, then the countries of the region clicked, to a viewer too', async () => {
    const top = await drill(viewer, 'places', []);
    expect(top.statusCode).toBe(200);
    expect(top.json<Data>().columns.map((c) => c.name)).toEqual(['region', 'value']);
    const region = String(top.json<Data>().rows[0]!.region);

    const down = await drill(viewer, 'places', [region]);
    expect(down.statusCode).toBe(200);
    const body = down.json<Data>();
    expect(body.columns.map((c) => c.name)).toEqual(['country', 'value']);
    const expected = await sql(`SELECT country, SUM(revenue) AS value FROM sales WHERE region = '${region}' GROUP BY 1`);
    expect(byKey(body.rows, 'country')).toEqual(byKey(expected, 'country'));
  });

  it('walks time grains: the months of a year, the days of a month, within the dashboard filters', async () => {
    const years = (await drill(root, 'months', [])).json<Data>();
    expect(years.columns.map((c) => c.name)).toEqual(['period', 'value']);
    const year = String(years.rows[0]!.period).slice(0, 10);
    const channel = String((await sql('SELECT min(channel) AS channel FROM sales'))[0]!.channel);
    const months = await drill(root, 'months', [year], [{ field: 'channel', operator: 'in', values: [channel] }]);
    expect(months.statusCode).toBe(200);
    const expectedMonths = await sql(
      `SELECT CAST(date_trunc('month', order_date) AS DATE) AS period, SUM(revenue) AS value FROM sales
       WHERE year(order_date) = ${Number(year.slice(0, 4))} AND channel = '${channel}' GROUP BY 1`,
    );
    expect(byKey(months.json<Data>().rows, 'period')).toEqual(byKey(expectedMonths, 'period'));

    const month = String(months.json<Data>().rows[1]!.period).slice(0, 10);
    const days = (await drill(root, 'months', [year, month])).json<Data>();
    expect(days.rows.length).toBeGreaterThan(20);
    expect(days.rows.every((row) => String(row.period).startsWith(month.slice(0, 7)))).toBe(true);
  });

  it('refuses what cannot be drilled with a 422 that says why', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['places', ['EMEA', 'Germany'], /1 level/],
      ['sql', [], /metric widgets/],
      ['flat', [], /no drill-down levels/],
      ['months', ['not a date'], /first day/],
      ['places', '{"a":1}', /JSON array/],
      ['places', 'nope', /JSON array/],
      ['places', [[1]], /JSON array/],
    ];
    for (const [widget, path, message] of cases) {
      const res = await drill(root, widget, path);
      expect(res.statusCode, `${widget} ${JSON.stringify(path)}`).toBe(422);
      expect(res.json<{ detail: string }>().detail).toMatch(message);
    }
  });

  it('answers a stranger 401 and keeps the widget as saved without ?drill', async () => {
    const anonymous = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/widgets/${ids.places}/data?drill=[]` });
    expect(anonymous.statusCode).toBe(401);
    const saved = (await drill(root, 'months', undefined)).json<Data>();
    expect(saved.rows.length).toBeGreaterThan(12);
  });
});
