import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let editor: string;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.request({ method, url: `/api${url}`, token: editor, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const root = await t.rootToken();
  const e = await t.createUser(root, { email: 'odata@example.com', role: 'editor' });
  editor = await t.login(e.email, e.password);
});
afterAll(() => t.close());

describe('refreshInterval', () => {
  it('null on create is stored and returned as null, and 0 stays 0', async () => {
    const off = (await api('POST', '/dashboards', { name: 'No refresh', refreshInterval: null })).json();
    expect((await api('GET', `/dashboards/${off.id}`)).json().refreshInterval).toBeNull();
    const zero = (await api('POST', '/dashboards', { name: 'Zero refresh', refreshInterval: 0 })).json();
    expect((await api('GET', `/dashboards/${zero.id}`)).json().refreshInterval).toBe(0);
  });

  it('null on update clears it', async () => {
    const created = (await api('POST', '/dashboards', { name: 'Cleared refresh', refreshInterval: 60 })).json();
    expect((await api('PUT', `/dashboards/${created.id}`, { refreshInterval: null })).statusCode).toBe(200);
    expect((await api('GET', `/dashboards/${created.id}`)).json().refreshInterval).toBeNull();
  });
});
