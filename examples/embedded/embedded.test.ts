import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build.js';
import { buildEmbeddedApp } from './app.js';

/** Boots the example as its README says and calls the host's routes, Tessera's API and the page, all on one server. */
let dir: string;
let app: FastifyInstance;
let token: string;
const PASSWORD = 'helpdesk-example-pass';

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  await ensureWebBuilt(() => undefined);
  dir = mkdtempSync(join(tmpdir(), 'tessera-embedded-'));
  app = await buildEmbeddedApp({ dataDir: dir, logger: false, adminPassword: PASSWORD });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/tessera/admin/api/auth/login', payload: { email: 'admin@example.com', password: PASSWORD } });
  expect(login.statusCode).toBe(200);
  token = login.json().access_token;
});

afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded example', () => {
  it("keeps the host's own routes", async () => {
    expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('href="/tessera/"');
    const open = await app.inject({ method: 'GET', url: '/api/tickets/open' });
    expect(open.json()).toHaveLength(8);
  });

  it("edits the host's tickets through the Ticket model, and the host sees the change", async () => {
    const list = await api('GET', '/tessera/admin/api/models/Ticket?sort_by=id&limit=5');
    expect(list.json()).toMatchObject({ total: 24 });
    expect(list.json().items[0]).toMatchObject({ id: 1, subject: 'Cannot log in', status: 'open' });
    const closed = await api('PATCH', '/tessera/admin/api/models/Ticket/1', { status: 'closed' });
    expect(closed.statusCode).toBe(200);
    const open = await app.inject({ method: 'GET', url: '/api/tickets/open' });
    expect(open.json().map((t: { id: number }) => t.id)).not.toContain(1);
    const invalid = await api('PATCH', '/tessera/admin/api/models/Ticket/2', { priority: 9 });
    expect(invalid.statusCode).toBe(422);
  });

  it('shows the model card and the card registered in code', async () => {
    const cards = await api('GET', '/tessera/api/dashboard/widgets/?group=helpdesk');
    const byTitle = Object.fromEntries(cards.json().widgets.map((w: { title: string }) => [w.title, w]));
    expect(byTitle.Tickets).toMatchObject({ url: '/admin/models/Ticket', app_label: 'helpdesk', model_name: 'Ticket', data: { headline: '24 tickets' } });
    expect(byTitle['Urgent tickets']).toMatchObject({ data: { headline: expect.stringMatching(/^\d+ urgent$/), status: expect.any(String) } });
  });

  it('draws the registered widget type from the host database', async () => {
    const dashboard = (await api('POST', '/tessera/api/v1/bi/dashboards', { name: 'Helpdesk' })).json();
    const widget = (await api('POST', `/tessera/api/v1/bi/dashboards/${dashboard.id}/widgets`, { name: 'By status', widget_type: 'tickets_by_status', position: { x: 0, y: 0, width: 6, height: 4 } })).json();
    const data = await api('GET', `/tessera/api/v1/bi/dashboards/${dashboard.id}/widgets/${widget.id}/data`);
    expect(data.json()).toMatchObject({ status: 'ok', rows: [{ status: 'closed' }, { status: 'open' }, { status: 'pending' }] });
  });

  it('serves the web app under /tessera with its scripts', async () => {
    const page = await app.inject({ method: 'GET', url: '/tessera/admin/models/Ticket' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<meta name="tessera-base" content="/tessera" />');
    const script = /<script type="module" crossorigin src="(\/tessera\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await app.inject({ method: 'GET', url: script! });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });
});
