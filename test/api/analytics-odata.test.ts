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

describe('$filter and $orderby functions', () => {
  const names = (res: { json(): { value: Item[] } }) => res.json().value.map((d) => d.name);
  const list = (query: string) => api('GET', `/dashboards?${query.replace(/\$(filter|orderby)=([^&]*)/g, (_, k: string, v: string) => `$${k}=${encodeURIComponent(v)}`)}&$top=100`);
  const within = "startswith(name, 'Fn ') or name eq 'ÉTÉ Report'";

  beforeAll(async () => {
    const rows: [string, string, number | null][] = [
      ['ÉTÉ Report', 'Summer figures', 60],
      ['Fn apple', '  padded  ', null],
      ['Fn Banana', '', 300],
      ['Fn straße', 'Größe', 30],
    ];
    for (const [name, description, refreshInterval] of rows) {
      expect((await api('POST', '/dashboards', { name, description, refreshInterval, type: 'fn' })).statusCode).toBe(201);
    }
  });

  it('tolower and toupper map all of Unicode, not only A-Z', async () => {
    expect(names(await list("$filter=tolower(name) eq 'été report'"))).toEqual(['ÉTÉ Report']);
    expect(names(await list("$filter=toupper(name) eq 'FN STRASSE'"))).toEqual(['Fn straße']);
    expect(names(await list("$filter=contains(tolower(description), 'größe')"))).toEqual(['Fn straße']);
  });

  it('in, string functions and case-insensitive names', async () => {
    expect(names(await list("$filter=name in ('Fn apple', 'Fn Banana', 'nope')&$orderby=name"))).toEqual(['Fn Banana', 'Fn apple']);
    expect(names(await list(`$filter=(${within}) and length(name) eq 10&$orderby=name`))).toEqual(['ÉTÉ Report']);
    expect(names(await list("$filter=indexof(name, 'Ban') eq 3"))).toEqual(['Fn Banana']);
    expect(names(await list("$filter=substring(name, 3) eq 'apple' or substring(name, 3, 3) eq 'Ban'&$orderby=name"))).toEqual(['Fn Banana', 'Fn apple']);
    expect(names(await list("$filter=trim(description) eq 'padded'"))).toEqual(['Fn apple']);
    expect(names(await list("$filter=concat(concat(name, ':'), type) eq 'Fn apple:fn'"))).toEqual(['Fn apple']);
    expect(names(await list("$filter=StartsWith(name, 'Fn ') AND NOT TOLOWER(name) EQ 'fn apple'&$orderby=name"))).toEqual(['Fn Banana', 'Fn straße']);
  });

  it('date functions, Date literals and now()', async () => {
    const year = new Date().getUTCFullYear();
    const today = new Date().toISOString().slice(0, 10);
    expect(names(await list(`$filter=(${within}) and year(createdAt) eq ${year} and month(createdAt) ge 1 and day(createdAt) le 31&$orderby=name`))).toHaveLength(4);
    expect(names(await list(`$filter=(${within}) and hour(createdAt) ge 0 and minute(createdAt) lt 60 and second(createdAt) lt 60`))).toHaveLength(4);
    expect(names(await list(`$filter=(${within}) and createdAt le now() and createdAt ge 2026-01-01 and date(createdAt) le ${today}`))).toHaveLength(4);
    expect(names(await list(`$filter=(${within}) and date(createdAt) gt 9999-12-31`))).toEqual([]);
  });

  it('null by OData rules: equal only to null, every other comparison false, functions of null null', async () => {
    expect(names(await list(`$filter=(${within}) and refreshInterval eq null`))).toEqual(['Fn apple']);
    expect(names(await list(`$filter=(${within}) and refreshInterval ne null&$orderby=name`))).toEqual(['Fn Banana', 'Fn straße', 'ÉTÉ Report']);
    expect(names(await list(`$filter=(${within}) and description eq null`))).toEqual([]);
    expect(names(await list(`$filter=(${within}) and (refreshInterval lt 100 or refreshInterval ge 100)&$orderby=name`))).toEqual(['Fn Banana', 'Fn straße', 'ÉTÉ Report']);
    expect(names(await list(`$filter=(${within}) and not (refreshInterval gt null)`))).toHaveLength(4);
    expect(names(await list(`$filter=(${within}) and substring(name, refreshInterval) eq null`))).toEqual(['Fn apple']);
    expect(names(await list(`$filter=(${within}) and not contains(substring(name, refreshInterval), 'x')&$orderby=name`))).toEqual(['Fn Banana', 'Fn straße', 'ÉTÉ Report']);
  });

  it('$orderby over functions', async () => {
    expect(names(await list(`$filter=${within}&$orderby=tolower(name) desc`))).toEqual(['ÉTÉ Report', 'Fn straße', 'Fn Banana', 'Fn apple']);
    expect(names(await list(`$filter=${within}&$orderby=length(name), name desc`))).toEqual(['Fn apple', 'Fn straße', 'Fn Banana', 'ÉTÉ Report']);
    expect(names(await list(`$filter=${within}&$orderby=refreshInterval DESC`))).toEqual(['Fn Banana', 'ÉTÉ Report', 'Fn straße', 'Fn apple']);
  });

  it('type errors and unknown functions are 400 INVALID_FILTER or INVALID_ORDERBY', async () => {
    for (const [query, code] of [
      ["$filter=length(name) eq 'x'", 'INVALID_FILTER'],
      ['$filter=year(name) eq 1', 'INVALID_FILTER'],
      ["$filter=sqrt(name) eq 'x'", 'INVALID_FILTER'],
      ['$filter=name in ()', 'INVALID_FILTER'],
      ['$orderby=lower(name)', 'INVALID_ORDERBY'],
      ["$orderby=name eq 'x'", 'INVALID_ORDERBY'],
    ]) {
      const res = await list(query as string);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe(code);
    }
  });
});
