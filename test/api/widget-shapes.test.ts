import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Both faces read a widget's shape (KPI value and trend, text, table, series) from the core. */
let t: TestApp;
let token: string;
let dashboardId: string;

beforeAll(async () => {
  t = await startTestApp({}, { TESSERA_DEMO: '0' });
  token = await t.rootToken();
  const res = await t.request({
    method: 'POST',
    url: '/api/dashboards',
    token,
    payload: {
      name: 'Shapes',
      widgets: [
        { id: 'kpi', type: 'kpi_card', title: 'Revenue', config: { value: 'revenue', compare: 'previous' }, dataSource: { data: [{ revenue: '150.50', previous: 100 }] } },
        { id: 'kpi-trend', type: 'kpi_card', title: 'Orders', config: { value: 'orders', trend: 'change' }, dataSource: { data: [{ orders: 7, change: -12.5 }] } },
        { id: 'kpi-plain', type: 'kpi_card', title: 'Count', dataSource: { data: [{ label: 'x', n: 3 }] } },
        { id: 'note', type: 'text', title: 'Note', config: { markdown: '**hello**' } },
        { id: 'rows', type: 'table', title: 'Rows', dataSource: { data: [{ a: 1 }, { a: 2 }] } },
        { id: 'line', type: 'line_chart', title: 'Line', config: { x_axis: 'day', y_axis: 'v' }, dataSource: { data: [{ day: '2026-01-01', v: 1 }] } },
      ],
    },
  });
  expect(res.statusCode).toBe(201);
  dashboardId = res.json().id;
});
afterAll(() => t.close());

describe('widget shapes', () => {
  it('the BI data route carries each widget shaped for its visualization', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/data`, token });
    expect(res.statusCode).toBe(200);
    const shapes = Object.fromEntries(res.json().widgets.map((w: { widget_id: string; shape: unknown }) => [w.widget_id, w.shape]));
    expect(shapes.kpi).toEqual({ kind: 'kpi', value: 150.5, trend: 50.5 });
    expect(shapes['kpi-trend']).toEqual({ kind: 'kpi', value: 7, trend: -12.5 });
    expect(shapes['kpi-plain']).toEqual({ kind: 'kpi', value: 3 });
    expect(shapes.note).toEqual({ kind: 'text', markdown: '**hello**' });
    // Charts and tables read their rows; a shape repeating them would double the response.
    expect(shapes.rows).toBeUndefined();
    expect(shapes.line).toBeUndefined();

    const one = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/widgets/kpi/data`, token });
    expect(one.json().shape).toEqual({ kind: 'kpi', value: 150.5, trend: 50.5 });
  });

  it('the analytics face shows the same numbers under its own names', async () => {
    const res = await t.request({ method: 'GET', url: `/api/dashboards/${dashboardId}`, token });
    expect(res.statusCode).toBe(200);
    const data = Object.fromEntries(res.json().widgets.map((w: { id: string; data: unknown }) => [w.id, w.data]));
    expect(data.kpi).toEqual({ value: 150.5, change: 50.5 });
    expect(data['kpi-trend']).toEqual({ value: 7, change: -12.5 });
    expect(data.note).toEqual({ markdown: '**hello**' });
  });
});
