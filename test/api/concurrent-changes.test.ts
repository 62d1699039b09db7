import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A change that names no version applies to whatever is current, however many arrive at once;
 * only a change naming a stale version is refused.
 */
let t: TestApp;
let root: string;
beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
});
afterAll(() => t.close());

const create = async (name: string) => (await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name } })).json() as { id: string; version: number };

describe('concurrent changes naming no version', () => {
  it('100 PUTs on /api/v1/bi all apply, each moving the version on by one', async () => {
    const dashboard = await create('Busy');
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => t.request({ method: 'PUT', url: `/api/v1/bi/dashboards/${dashboard.id}`, token: root, payload: { description: `change ${i}` } })),
    );
    expect(results.map((r) => r.statusCode).filter((s) => s !== 200)).toEqual([]);
    const versions = results.map((r) => r.json().version as number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 100 }, (_, i) => dashboard.version + 1 + i));
    const stale = await t.request({ method: 'PUT', url: `/api/v1/bi/dashboards/${dashboard.id}`, token: root, payload: { description: 'late', version: dashboard.version } });
    expect(stale.statusCode).toBe(409);
  });

  it('40 PUTs on the analytics face all apply too', async () => {
    const dashboard = await create('Busy analytics');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.request({ method: 'PUT', url: `/api/dashboards/${dashboard.id}`, token: root, payload: { description: `change ${i}` } })),
    );
    expect(results.map((r) => r.statusCode).filter((s) => s !== 200)).toEqual([]);
    const current = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboard.id}`, token: root })).json();
    expect(current.version).toBe(dashboard.version + 40);
  });

  it('widgets added at the same time all land', async () => {
    const dashboard = await create('Many widgets');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.request({
          method: 'POST',
          url: `/api/v1/bi/dashboards/${dashboard.id}/widgets`,
          token: root,
          payload: { name: `W${i}`, widget_type: 'text', position: { x: 0, y: i * 2, width: 4, height: 2 }, config: { content: 'x' } },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).filter((s) => s !== 201)).toEqual([]);
    const current = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboard.id}`, token: root })).json();
    expect(current.widgets).toHaveLength(20);
  });
});
