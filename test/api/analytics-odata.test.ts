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

type Item = { id: string; name: string };
type Page = { value: Item[]; count: number; '@odata.count'?: number; '@odata.nextLink'?: string };

/** Follows @odata.nextLink to the end; returns every page. */
async function allPages(url: string): Promise<Page[]> {
  const pages: Page[] = [];
  let next: string | undefined = url;
  while (next !== undefined) {
    const res = await api('GET', next);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<Page>();
    pages.push(page);
    const link = page['@odata.nextLink'];
    next = link === undefined ? undefined : new URL(link).pathname.replace(/^\/api/, '') + new URL(link).search;
    expect(pages.length).toBeLessThan(50);
  }
  return pages;
}

describe('list entries', () => {
  it('carry what $filter and $orderby use, and the version', async () => {
    const created = (await api('POST', '/dashboards', { name: 'Listed', description: 'Shown in lists', type: 'ops', refreshInterval: 120 })).json();
    const list = (await api('GET', "/dashboards?$filter=name eq 'Listed'")).json();
    expect(list.value).toEqual([
      { id: created.id, name: 'Listed', description: 'Shown in lists', type: 'ops', widgetCount: 0, refreshInterval: 120, createdAt: created.createdAt, updatedAt: created.createdAt, version: 1 },
    ]);
    const none = (await api('GET', "/dashboards?$filter=name eq 'No refresh'")).json();
    expect(none.value[0].refreshInterval).toBeNull();
  });
});

describe('paging, $count and @odata.nextLink', () => {
  const names = Array.from({ length: 105 }, (_, i) => `Page ${String(i).padStart(3, '0')}`);
  const filter = `$filter=${encodeURIComponent("startswith(name, 'Page ')")}&$orderby=name`;
  beforeAll(async () => {
    for (const name of names) expect((await api('POST', '/dashboards', { name })).statusCode).toBe(201);
  });

  it('$count=true adds @odata.count next to count; without it there is only count', async () => {
    const counted = (await api('GET', `/dashboards?${filter}&$count=true&$top=3`)).json();
    expect(counted).toMatchObject({ count: 105, '@odata.count': 105 });
    expect(counted.value).toHaveLength(3);
    expect((await api('GET', `/dashboards?${filter}&$count=TRUE&$top=1`)).json()['@odata.count']).toBe(105);
    const plain = (await api('GET', `/dashboards?${filter}&$count=false&$top=1`)).json();
    expect(plain.count).toBe(105);
    expect(plain).not.toHaveProperty('@odata.count');
  });

  it('a page cut by the default page size links to the next one, and the links reach every match once', async () => {
    const pages = await allPages(`/dashboards?${filter}&$count=true`);
    expect(pages.map((p) => p.value.length)).toEqual([20, 20, 20, 20, 20, 5]);
    expect(pages.flatMap((p) => p.value.map((d) => d.name))).toEqual(names);
    expect(pages.every((p) => p['@odata.count'] === 105)).toBe(true);
    const link = new URL(pages[0]?.['@odata.nextLink'] ?? '');
    expect(link.pathname).toBe('/api/dashboards');
    expect(link.searchParams.get('$filter')).toBe("startswith(name, 'Page ')");
    expect(link.searchParams.get('$skip')).toBe('20');
    expect(link.search).not.toContain('+');
  });

  it('$top over the page size is served in pages of 100 with a link, up to $top in all', async () => {
    const pages = await allPages(`/dashboards?${filter}&$top=150`);
    expect(pages.map((p) => p.value.length)).toEqual([100, 5]);
    const some = await allPages(`/dashboards?${filter}&$top=102&$skip=1`);
    expect(some.map((p) => p.value.length)).toEqual([100, 2]);
    expect(some.flatMap((p) => p.value.map((d) => d.name))).toEqual(names.slice(1, 103));
    expect(new URL(some[0]?.['@odata.nextLink'] ?? '').searchParams.get('$top')).toBe('2');
  });

  it('a page that serves what $top asked for, or reaches the end, has no link', async () => {
    expect((await api('GET', `/dashboards?${filter}&$top=5`)).json()).not.toHaveProperty('@odata.nextLink');
    expect((await api('GET', `/dashboards?${filter}&$skip=100`)).json()).not.toHaveProperty('@odata.nextLink');
    const zero = (await api('GET', `/dashboards?${filter}&$top=0`)).json();
    expect(zero).toEqual({ value: [], count: 105 });
    expect((await api('GET', `/dashboards?${filter}&$skip=99999999`)).json()).toEqual({ value: [], count: 105 });
  });
});

describe('bad query options', () => {
  it.each([
    ['$top=1e309', 'INVALID_TOP'],
    ['$top=-1', 'INVALID_TOP'],
    ['$top=abc', 'INVALID_TOP'],
    ['$top=1.5', 'INVALID_TOP'],
    ['$top=', 'INVALID_TOP'],
    ['$top=99999999999999999999', 'INVALID_TOP'],
    ['$top=1&$top=2', 'INVALID_TOP'],
    ['$skip=-1', 'INVALID_SKIP'],
    ['$skip=99999999999999999999', 'INVALID_SKIP'],
    ['$skip=1e3', 'INVALID_SKIP'],
    ['$count=yes', 'INVALID_COUNT'],
    ['$filter=name eq', 'INVALID_FILTER'],
    [`$filter=${encodeURIComponent("name eq 'x'")}&$filter=true`, 'INVALID_FILTER'],
    ['$filter=' + 'x'.repeat(2001), 'INVALID_FILTER'],
    ['$orderby=colour', 'INVALID_ORDERBY'],
    ['$orderby=' + 'name,'.repeat(200) + 'name', 'INVALID_ORDERBY'],
  ])('%s is 400 %s in the face format', async (query, code) => {
    const res = await api('GET', `/dashboards?${query}`);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(Object.keys(body)).toEqual(['error']);
  });
});
