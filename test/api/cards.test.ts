import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCard } from '../../server/modules/cards/card-definition.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Seed 004's card widgets through `GET /api/dashboard/widgets/`, on SQLite and PostgreSQL. */
let t: TestApp;
let shop: AdminSourceFixture;
let root: string;
let admin: string;
let editor: string;
let viewer: string;
let otherEditor: string;
let slowCalls = 0;
let countedCalls = 0;

const cards = [
  defineCard({
    id: 'ops.queue',
    title: 'Queue',
    order: 15,
    group: 'Monitoring',
    span: 2,
    url: '/dashboards',
    getData: ({ tenantId }) => ({ headline: `12 jobs for ${tenantId}`, detail: '3 waiting', status: 'ok', extra: { waiting: 3 } }),
  }),
  defineCard({ id: 'ops.slow-queries', title: 'Slow queries', order: 45, group: 'monitoring', onDashboard: false, getData: () => ({ headline: '0 slow', detail: 'last hour' }) }),
  defineCard({
    id: 'ops.broken',
    title: 'Broken',
    order: 70,
    getData: () => {
      throw new Error('the backup host refused the connection');
    },
  }),
  defineCard({ id: 'ops.wrong-shape', title: 'Wrong shape', order: 71, getData: () => ({ headline: 42 }) as never }),
  defineCard({
    id: 'ops.counted',
    title: 'Counted',
    order: 72,
    refreshSeconds: 3600,
    getData: () => {
      countedCalls += 1;
      return { headline: `computed ${countedCalls} times`, detail: 'kept for an hour' };
    },
  }),
  defineCard({
    id: 'ops.hanging',
    title: 'Hanging',
    order: 73,
    getData: () => {
      slowCalls += 1;
      return new Promise(() => undefined);
    },
  }),
];

const list = (token: string | undefined, query = '') => t.request({ method: 'GET', url: `/api/dashboard/widgets/${query}`, ...(token ? { token } : {}) });
const titles = (body: { widgets: { title: string }[] }) => body.widgets.map((w) => w.title);
const card = (body: { widgets: { title: string; data: Record<string, unknown> }[] }, title: string) => body.widgets.find((w) => w.title === title)!;

beforeAll(async () => {
  shop = await createAdminSource();
  t = await startTestApp({
    demo: false,
    cards,
    admin: {
      sources: [shop.source],
      models: [
        {
          source: 'shop',
          table: 'tickets',
          name: 'Ticket',
          tenantColumn: 'tenant_id',
          category: 'Support',
          icon: 'file-text',
          cards: [{ title: 'Tickets', order: 35, getData: async ({ count }) => ({ headline: `${await count()} tickets`, detail: `${await count([{ field: 'priority', operator: 'eq', value: 1 }])} urgent` }) }],
        },
      ],
    },
  });
  root = await t.rootToken();
  await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Other' } });
  const signedIn = async (email: string, role: string, tenant_id?: string) => {
    const user = await t.createUser(root, { email, role, ...(tenant_id ? { tenant_id } : {}) });
    return t.login(user.email, user.password);
  };
  admin = await signedIn('admin@example.com', 'admin');
  editor = await signedIn('editor@example.com', 'editor');
  viewer = await signedIn('viewer@example.com', 'viewer');
  otherEditor = await signedIn('editor@other.test', 'editor', 'other');
}, 60_000);

afterAll(async () => {
  await t?.close();
  await shop?.close();
});

describe('GET /api/dashboard/widgets/', () => {
  it('is for editors and above: 401 without a token, 403 for viewers', async () => {
    expect((await list(undefined)).statusCode).toBe(401);
    const refused = await list(viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ status_code: 403, detail: expect.any(String) });
    expect((await list(editor)).statusCode).toBe(200);
  });

  it('lists the first-party cards and registered ones in order, in the seed shape, extras passed through', async () => {
    const res = await list(admin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const orders = body.widgets.map((w: { order: number }) => w.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(titles(body).slice(0, 8)).toEqual(['Status', 'Queue', 'Activity', 'Users', 'Tickets', 'Data sources', 'Slow queries', 'Help & Docs']);
    expect(card(body, 'Queue')).toEqual({
      id: 'ops.queue',
      title: 'Queue',
      icon: expect.stringContaining('<svg'),
      order: 15,
      widget_type: 'card',
      span: 2,
      on_dashboard: true,
      url: '/dashboards',
      data: { headline: '12 jobs for default', detail: '3 waiting', status: 'ok', extra: { waiting: 3 } },
      group: 'Monitoring',
      app_label: null,
      model_name: null,
      refresh_seconds: 60,
    });
    expect(card(body, 'Status').data).toMatchObject({ headline: 'All systems operational', status: 'operational' });
    expect(card(body, 'Users').data).toMatchObject({ headline: '4 users', total: 4 });
    expect(card(body, 'Help & Docs')).toMatchObject({ order: 50, url: '/schema/swagger' });
    expect(card(body, 'Models').data).toMatchObject({ headline: expect.stringMatching(/models?$/) });
  });

  it('filters by group (any case), by app (leaving out standalone cards) and to the dashboard', async () => {
    expect(titles((await list(admin, '?group=MONITORING')).json())).toEqual(['Queue', 'Slow queries']);
    expect(titles((await list(admin, '?group=monitoring&dashboard_only=1')).json())).toEqual(['Queue']);
    expect(titles((await list(admin, '?dashboard_only=1')).json())).not.toContain('Slow queries');
    const app = (await list(admin, '?app=SHOP')).json();
    expect(titles(app)).toEqual(['Tickets']);
    expect(app.widgets[0]).toMatchObject({ app_label: 'shop', model_name: 'Ticket', group: 'Support', url: '/admin/models/Ticket', icon: expect.stringContaining('<svg') });
    expect(titles((await list(admin, '?app=nope')).json())).toEqual([]);
    const bad = await list(admin, '?dashboard_only=maybe');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toMatch(/dashboard_only/);
  });

  it('answers a card that throws, returns the wrong shape or hangs as unavailable, with the reason', async () => {
    const started = Date.now();
    const body = (await list(editor)).json();
    expect(Date.now() - started).toBeLessThan(9000);
    expect(card(body, 'Broken').data).toEqual({ headline: 'Unavailable', detail: 'the backup host refused the connection', status: 'down' });
    expect(card(body, 'Wrong shape').data).toMatchObject({ headline: 'Unavailable', status: 'down', detail: expect.stringMatching(/headline/) });
    expect(card(body, 'Hanging').data).toMatchObject({ headline: 'Unavailable', status: 'down', detail: expect.stringMatching(/longer than/) });
    expect(card(body, 'Queue').data).toMatchObject({ headline: '12 jobs for default' });
    // The failure is kept for a while: the hanging card is not started again at every request.
    const before = slowCalls;
    const again = Date.now();
    expect(card((await list(editor)).json(), 'Hanging').data).toMatchObject({ headline: 'Unavailable' });
    expect(Date.now() - again).toBeLessThan(3000);
    expect(slowCalls).toBe(before);
  }, 30_000);

  it("keeps a card's data for its refresh interval, per tenant: no tenant sees another's numbers", async () => {
    const first = card((await list(admin)).json(), 'Counted').data.headline;
    expect(card((await list(admin)).json(), 'Counted').data.headline).toBe(first);
    const other = (await list(otherEditor)).json();
    expect(card(other, 'Queue').data.headline).toBe('12 jobs for other');
    // The fixture has two default-tenant tickets (one urgent) and one of the other tenant.
    expect(card(other, 'Tickets').data).toMatchObject({ headline: '1 tickets', detail: '0 urgent' });
    expect(card((await list(editor)).json(), 'Tickets').data).toMatchObject({ headline: '2 tickets', detail: '1 urgent' });
  });
});

describe('defineCard', () => {
  it('refuses a card that cannot work before the server starts', () => {
    expect(() => defineCard({ id: 'bad id!', title: 'x', getData: () => ({ headline: '', detail: '' }) })).toThrow(/id/);
    expect(() => defineCard({ id: 'ok', title: ' ', getData: () => ({ headline: '', detail: '' }) })).toThrow(/title/);
    expect(() => defineCard({ id: 'ok', title: 'x', span: 3 as never, getData: () => ({ headline: '', detail: '' }) })).toThrow(/span/);
  });
});
