import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A catalog widget type can leave tessera.config.ts while dashboards still hold widgets of it.
 * After a restart without the type, those widgets alone fail, on every face; the rest loads.
 */
let before: TestApp;
let after: TestApp;
let token: string;
let dashboardId: string;

const SIGNUPS = { type: 'signups_chart', visualization: 'line_chart' as const, data_source: { data: [{ month: 'Jan', signups: 3 }] }, config: { x_axis: 'month', y_axis: 'signups' } };

beforeAll(async () => {
  before = await startTestApp({ widgetTypes: [SIGNUPS] });
  const created = await before.request({
    method: 'POST',
    url: '/api/dashboards',
    token: await before.rootToken(),
    payload: {
      name: 'Growth',
      widgets: [
        { id: 'signups', type: 'signups_chart', title: 'Signups', size: 'medium' },
        { id: 'count', type: 'kpi_card', title: 'Count', size: 'small', dataSource: { data: [{ n: 42 }] } },
        { id: 'note', type: 'text', title: 'Note', size: 'small', config: { markdown: 'Hello' } },
      ],
    },
  });
  expect(created.statusCode).toBe(201);
  dashboardId = created.json().id;
  // The same data dir and database, restarted with a configuration that no longer has the type.
  await before.app.close();
  const { dataDir, databaseUrl } = before.app.tessera.config;
  after = await startTestApp({}, { TESSERA_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  token = await after.rootToken();
});
afterAll(async () => {
  await after?.close();
  await before?.close();
});

const NOT_AVAILABLE = /Widget type "signups_chart" is not available/;

describe('a widget whose catalog type was removed from the configuration', () => {
  it('fails alone on the analytics face; the other widgets load', async () => {
    const res = await after.request({ method: 'GET', url: `/api/dashboards/${dashboardId}`, token });
    expect(res.statusCode).toBe(200);
    const [signups, count, note] = res.json().widgets;
    expect(signups).toMatchObject({ id: 'signups', type: 'signups_chart', title: 'Signups', data: null, error: expect.stringMatching(NOT_AVAILABLE) });
    expect(count).toMatchObject({ id: 'count', data: { value: 42 } });
    expect(count.error).toBeUndefined();
    expect(note).toMatchObject({ id: 'note', data: { markdown: 'Hello' } });
  });

  it('is listed as it is on the BI face, and fails alone in the dashboard data and its own data', async () => {
    const dashboard = await after.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}`, token });
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.json().widgets.map((w: { id: string; widget_type: string }) => [w.id, w.widget_type])).toEqual([
      ['signups', 'signups_chart'],
      ['count', 'kpi_card'],
      ['note', 'text'],
    ]);

    const data = await after.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/data`, token });
    expect(data.statusCode).toBe(200);
    const byId = Object.fromEntries(data.json().widgets.map((w: { widget_id: string }) => [w.widget_id, w]));
    expect(byId.signups).toMatchObject({ status: 'error', error: expect.stringMatching(NOT_AVAILABLE), rows: [] });
    expect(byId.count).toMatchObject({ status: 'ok', rows: [{ n: 42 }] });
    expect(byId.note).toMatchObject({ status: 'ok' });

    const one = await after.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/widgets/signups/data`, token });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ status: 'error', error: expect.stringMatching(NOT_AVAILABLE) });
  });

  it('the server that still has the type draws it', async () => {
    const again = await startTestApp({ widgetTypes: [SIGNUPS] }, { TESSERA_DATA_DIR: after.app.tessera.config.dataDir, ...(after.app.tessera.config.databaseUrl ? { DATABASE_URL: after.app.tessera.config.databaseUrl } : {}) });
    try {
      const res = await again.request({ method: 'GET', url: `/api/dashboards/${dashboardId}`, token: await again.rootToken() });
      expect(res.json().widgets[0]).toMatchObject({ id: 'signups', data: { series: [{ month: 'Jan', signups: 3 }] } });
    } finally {
      await again.close();
    }
  });
});
