import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Stars and recently opened dashboards: per user, only dashboards they may see, newest first. */
let t: TestApp;
let root: string;
let viewer: string;
let other: string;
const ids: Record<string, string> = {};

const bi = (method: 'GET' | 'PUT' | 'DELETE' | 'POST' | 'PATCH', url: string, token?: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, ...(token ? { token } : {}), ...(payload ? { payload } : {}) });
const names = async (url: string, token: string) => (await bi('GET', url, token)).json<{ items: { name: string }[] }>().items.map((d) => d.name);

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  root = await t.rootToken();
  for (const [name, visibility] of [['Alpha', 'public'], ['Beta', 'public'], ['Hidden', 'private']] as const) {
    ids[name] = (await bi('POST', '/dashboards', root, { name, visibility })).json<{ id: string }>().id;
  }
  const make = async (email: string) => {
    const user = await t.createUser(root, { email, role: 'viewer' });
    return t.login(user.email, user.password);
  };
  viewer = await make('stars@example.com');
  other = await make('else@example.com');
});

afterAll(async () => {
  await t?.close();
});

describe('starred dashboards', () => {
  it('stars and unstars for the caller alone, once, and only dashboards they can see', async () => {
    expect((await bi('PUT', `/dashboards/${ids.Beta}/star`, viewer)).statusCode).toBe(204);
    expect((await bi('PUT', `/dashboards/${ids.Alpha}/star`, viewer)).statusCode).toBe(204);
    expect((await bi('PUT', `/dashboards/${ids.Alpha}/star`, viewer)).statusCode).toBe(204);
    expect(await names('/dashboards/starred', viewer)).toEqual(['Alpha', 'Beta']);
    expect(await names('/dashboards/starred', other)).toEqual([]);

    expect((await bi('PUT', `/dashboards/${ids.Hidden}/star`, viewer)).statusCode).toBe(404);
    expect((await bi('PUT', '/dashboards/no-such-dashboard/star', viewer)).statusCode).toBe(404);

    expect((await bi('DELETE', `/dashboards/${ids.Beta}/star`, viewer)).statusCode).toBe(204);
    expect(await names('/dashboards/starred', viewer)).toEqual(['Alpha']);
    expect((await bi('GET', '/dashboards/starred')).statusCode).toBe(401);
  });

  it('drops a starred dashboard from the list once the caller can no longer see it', async () => {
    expect((await bi('PUT', `/dashboards/${ids.Beta}/star`, viewer)).statusCode).toBe(204);
    expect((await bi('PUT', `/dashboards/${ids.Beta}`, root, { visibility: 'private' })).statusCode).toBe(200);
    expect(await names('/dashboards/starred', viewer)).toEqual(['Alpha']);
    expect(await names('/dashboards/starred', root)).toEqual([]);
  });
});

describe('recently opened dashboards', () => {
  it('lists what the caller opened, most recent first, and no one else\'s', async () => {
    expect(await names('/dashboards/recent', other)).toEqual([]);
    await bi('GET', `/dashboards/${ids.Alpha}`, other);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await bi('GET', `/dashboards/${ids.Hidden}`, root);
    expect(await names('/dashboards/recent', other)).toEqual(['Alpha']);
    expect(await names('/dashboards/recent', root)).toEqual(['Hidden']);
    expect((await bi('GET', `/dashboards/${ids.Hidden}`, other)).statusCode).toBe(404);
    expect(await names('/dashboards/recent', other)).toEqual(['Alpha']);
  });
});
