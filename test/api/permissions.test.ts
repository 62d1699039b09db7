import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, permissionsOf, roleCan, type Permission, type Role } from '../../common/permissions.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { multipart } from '../helpers/multipart.js';

/**
 * The role table, walked: for every role and every permission, a request that the permission
 * opens succeeds for a role that has it and is refused with 403 for a role that lacks it. Each
 * caller works on what it owns, so only the permission decides (the viewer owns dashboards from
 * before it was demoted to viewer).
 */

interface Caller {
  role: Role;
  token: string;
  /** Owned by the caller: changed by the update probes, holding widgets to change and remove. */
  dashboard: string;
  widgetToChange: string;
  widgetToRemove: string;
  /** Owned by the caller, for the delete probe. */
  doomedDashboard: string;
  doomedUser: string;
  doomedTeam: string;
  doomedTenant: string;
  /** A row of the tenant-scoped admin model, for the delete probe. */
  doomedTicket: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** 'allowed', 'refused' (403), or what else happened. */
type Outcome = string;
type Probe = (caller: Caller) => Promise<Outcome>;

let t: TestApp;
let shop: AdminSourceFixture;
let root: string;
/** Public and owned by root: everyone sees it, no test caller owns it. */
let othersDashboard: string;
let bystander: string;
let spareTenant: string;
let spareTeam: string;
const callers = new Map<Role, Caller>();

const call = (method: Method, url: string, token: string, payload?: object) => t.request({ method, url, token, ...(payload ? { payload } : {}) });
const bi = (method: Method, url: string, token: string, payload?: object) => call(method, `/api/v1/bi${url}`, token, payload);
const admin = (method: Method, url: string, token: string, payload?: object) => call(method, `/admin/api${url}`, token, payload);
const outcomeOf = (res: LightMyRequestResponse): Outcome => (res.statusCode === 403 ? 'refused' : res.statusCode < 300 ? 'allowed' : `unexpected ${res.statusCode}: ${res.body}`);
const biProbe = (method: Method, url: string, token: string, payload?: object) => bi(method, url, token, payload).then(outcomeOf);
const adminProbe = (method: Method, url: string, token: string, payload?: object) => admin(method, url, token, payload).then(outcomeOf);
const widget = (name: string) => ({ name, widget_type: 'table', position: { x: 0, y: 0, width: 4, height: 2 }, data_source: { data: [{ n: 1 }] } });

const PROBES: Record<Permission, Probe> = {
  'dashboards:read': (c) => biProbe('GET', '/dashboards', c.token),
  'dashboards:create': (c) => biProbe('POST', '/dashboards', c.token, { name: `Made by ${c.role}` }),
  'dashboards:update': (c) => biProbe('PUT', `/dashboards/${c.dashboard}`, c.token, { description: `changed by ${c.role}` }),
  'dashboards:delete': (c) => biProbe('DELETE', `/dashboards/${c.doomedDashboard}`, c.token),
  'dashboards:manage': (c) => biProbe('PUT', `/dashboards/${othersDashboard}`, c.token, { description: `managed by ${c.role}` }),
  'widgets:read': (c) => biProbe('GET', `/dashboards/${othersDashboard}/data`, c.token),
  'widgets:create': (c) => biProbe('POST', `/dashboards/${c.dashboard}/widgets`, c.token, widget('Added')),
  'widgets:update': (c) => biProbe('PUT', `/dashboards/${c.dashboard}/widgets/${c.widgetToChange}`, c.token, { name: 'Renamed' }),
  'widgets:delete': (c) => biProbe('DELETE', `/dashboards/${c.dashboard}/widgets/${c.widgetToRemove}`, c.token),
  'queries:run': (c) => biProbe('POST', '/query', c.token, { sql: 'SELECT 1 AS one' }),
  'metrics:read': (c) => biProbe('GET', '/metrics', c.token),
  'metrics:write': (c) => biProbe('POST', '/metrics', c.token, { name: `units_${c.role}`, table: 'sales', measure: 'SUM(quantity)' }),
  'users:read': (c) => adminProbe('GET', '/users', c.token),
  'users:create': (c) => adminProbe('POST', '/users', c.token, { email: `made-by-${c.role}@example.com`, role: 'viewer', password: 'a-long-password-1' }),
  'users:update': (c) => adminProbe('PATCH', `/users/${bystander}`, c.token, { name: `Renamed by ${c.role}` }),
  'users:delete': (c) => adminProbe('DELETE', `/users/${c.doomedUser}`, c.token),
  'teams:read': (c) => adminProbe('GET', '/teams', c.token),
  'teams:create': (c) => adminProbe('POST', '/teams', c.token, { name: `Team of ${c.role}` }),
  'teams:update': (c) => adminProbe('PATCH', `/teams/${spareTeam}`, c.token, { name: `Renamed by ${c.role}` }),
  'teams:delete': (c) => adminProbe('DELETE', `/teams/${c.doomedTeam}`, c.token),
  'audit:read': (c) => adminProbe('GET', '/dashboard/activity', c.token),
  // Everyone lists the data sources; this permission is what shows their URLs.
  'data_sources:read': async (c) => {
    const res = await bi('GET', '/data-sources', c.token);
    if (res.statusCode !== 200) return outcomeOf(res);
    return res.json<{ items: { url?: string }[] }>().items.every((s) => s.url !== undefined) ? 'allowed' : 'refused';
  },
  'data_sources:write': (c) => biProbe('POST', '/data-sources', c.token, { name: `shop_${c.role}`, kind: 'sqlite', url: 'shop.sqlite' }),
  'tenants:read': (c) => adminProbe('GET', '/tenants', c.token),
  'tenants:create': (c) => adminProbe('POST', '/tenants', c.token, { name: `Made by ${c.role}` }),
  'tenants:update': (c) => adminProbe('PATCH', `/tenants/${spareTenant}`, c.token, { name: `Renamed by ${c.role}` }),
  'tenants:delete': (c) => adminProbe('DELETE', `/tenants/${c.doomedTenant}`, c.token),
  'models:read': (c) => adminProbe('GET', '/models/Ticket', c.token),
  'models:create': (c) => adminProbe('POST', '/models/Ticket', c.token, { title: `Made by ${c.role}` }),
  'models:update': (c) => adminProbe('PATCH', '/models/Ticket/1', c.token, { title: `Changed by ${c.role}` }),
  'models:delete': (c) => adminProbe('DELETE', `/models/Ticket/${c.doomedTicket}`, c.token),
  'models:export': (c) => adminProbe('GET', '/models/Ticket/export?format=csv', c.token),
  'settings:manage': (c) =>
    call('PUT', '/api/settings/theme/default', c.token, { color_mode: 'dark', accent: 'teal', font: 'serif', gray: 'slate', radius: 0.5, layout: 'boxed' }).then(outcomeOf),
  'cards:read': (c) => call('GET', '/api/dashboard/widgets/', c.token).then(outcomeOf),
  'models:import': async (c) => {
    const upload = multipart([{ name: 'data', filename: 'tickets.csv', content: 'title\nImported\n' }]);
    return outcomeOf(await t.request({ method: 'POST', url: '/admin/api/models/Ticket/import/preview', token: c.token, payload: upload.payload, headers: upload.headers }));
  },
};

async function created(res: Promise<LightMyRequestResponse>): Promise<string> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`setup failed: ${r.statusCode} ${r.body}`);
  return r.json<{ id: string }>().id;
}

/** A caller of `role` with what it owns; a viewer creates its dashboards as an editor first. */
async function makeCaller(role: Role): Promise<Caller> {
  const user = await t.createUser(root, { email: `${role}@example.com`, role: role === 'viewer' ? 'editor' : role });
  const token = await t.login(user.email, user.password);
  const dashboard = await created(bi('POST', '/dashboards', token, { name: `Own of ${role}` }));
  const widgetToChange = await created(bi('POST', `/dashboards/${dashboard}/widgets`, token, widget('To change')));
  const widgetToRemove = await created(bi('POST', `/dashboards/${dashboard}/widgets`, token, widget('To remove')));
  const doomedDashboard = await created(bi('POST', '/dashboards', token, { name: `Doomed of ${role}` }));
  if (role === 'viewer') await created(admin('PATCH', `/users/${user.id}`, root, { role: 'viewer' }));
  const doomedUser = (await t.createUser(root, { email: `doomed-of-${role}@example.com`, role: 'viewer' })).id;
  const doomedTeam = await created(admin('POST', '/teams', root, { name: `Doomed of ${role}` }));
  const doomedTenant = await created(admin('POST', '/tenants', root, { name: `Doomed of ${role}` }));
  const ticket = await admin('POST', '/models/Ticket', root, { title: `Doomed of ${role}` });
  const doomedTicket = String(ticket.json<{ id: number }>().id);
  return { role, token, dashboard, widgetToChange, widgetToRemove, doomedDashboard, doomedUser, doomedTeam, doomedTenant, doomedTicket };
}

beforeAll(async () => {
  shop = await createAdminSource({ customers: 3, orders: 3 });
  t = await startTestApp({ admin: { sources: [shop.source], models: [{ source: 'shop', table: 'tickets', name: 'Ticket', tenantColumn: 'tenant_id' }] } });
  root = await t.rootToken();
  othersDashboard = await created(bi('POST', '/dashboards', root, { name: 'Everyone sees this', visibility: 'public' }));
  await created(bi('POST', `/dashboards/${othersDashboard}/widgets`, root, widget('Inline')));
  bystander = (await t.createUser(root, { email: 'bystander@example.com', role: 'viewer' })).id;
  spareTeam = await created(admin('POST', '/teams', root, { name: 'Spare' }));
  spareTenant = await created(admin('POST', '/tenants', root, { name: 'Spare' }));
  const folder = join(t.app.tessera.config.dataDir, 'sources', 'default');
  mkdirSync(folder, { recursive: true });
  const db = new SQLite(join(folder, 'shop.sqlite'));
  db.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)');
  db.close();
  for (const role of ROLES) callers.set(role, await makeCaller(role));
}, 120_000);
afterAll(async () => {
  await t.close();
  await shop.close();
});

it('every permission of the table has a probe here', () => {
  expect(Object.keys(PROBES).sort()).toEqual([...permissionsOf('superadmin')].sort());
});

describe.each(ROLES)('%s', (role) => {
  it.each(Object.keys(PROBES) as Permission[])('%s', async (permission) => {
    const caller = callers.get(role);
    if (!caller) throw new Error(`no ${role} caller`);
    expect(await PROBES[permission](caller)).toBe(roleCan(role, permission) ? 'allowed' : 'refused');
  });
});
