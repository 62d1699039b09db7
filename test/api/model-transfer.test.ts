import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { multipart } from '../helpers/multipart.js';

/** Export, import and bulk actions on a real admin source (SQLite, or PostgreSQL on the PG run). */
let t: TestApp;
let shop: AdminSourceFixture;
let root: string;

beforeAll(async () => {
  shop = await createAdminSource();
  t = await startTestApp({
    demo: false,
    admin: {
      importMaxBytes: 16_000_000,
      sources: [shop.source],
      models: [
        { source: 'shop', table: 'customers', name: 'Customer', hidden: ['password_hash'], label: 'name' },
        { source: 'shop', table: 'products', name: 'Product', label: 'title', bulkActions: [{ name: 'restock', params: [{ name: 'amount', label: 'Amount', type: 'number', default: 1 }, { name: 'note', type: 'string' }], run: async ({ db, ids, params }) => {
          const amount = Number(params.amount ?? 1);
          const result = await db.updateTable('products').set((eb) => ({ stock: eb('stock', '+', amount) })).where('sku', 'in', ids as string[]).executeTakeFirst();
          return { affected: Number(result.numUpdatedRows), result: { added: amount } };
        } }] },
        { source: 'shop', table: 'orders', name: 'Order' },
      ],
    },
  });
  root = await t.rootToken();
});

afterAll(async () => {
  await t?.close();
  await shop?.close();
});

const upload = (model: string, step: string, csv: string | Buffer, query = '', headers: Record<string, string> = {}) => {
  const body = multipart([{ name: 'data', filename: 'in.csv', content: csv }]);
  return t.request({ method: 'POST', url: `/admin/api/models/${model}/import/${step}${query}`, token: root, payload: body.payload, headers: { ...body.headers, ...headers } });
};
const count = async (model: string, filters?: unknown) =>
  (await t.request({ method: 'GET', url: `/admin/api/models/${model}?limit=1${filters ? `&filters=${encodeURIComponent(JSON.stringify(filters))}` : ''}`, token: root })).json().total as number;

describe('export', () => {
  it('streams CSV with the list filters, a download name, and neutralised formulas', async () => {
    await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: 'evil@example.com', name: '=HYPERLINK("http://x")', country: 'DE' } });
    const res = await t.request({ method: 'GET', url: `/admin/api/models/Customer/export?format=csv&filters=${encodeURIComponent(JSON.stringify([{ field: 'country', operator: 'eq', value: 'DE' }]))}&sort_by=id&sort_order=desc`, token: root });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="Customer_export.csv"');
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatchObject({ email: 'evil@example.com', name: `'=HYPERLINK("http://x")` });
    expect(Object.keys(rows[0]!)).not.toContain('password_hash');
    const ids = rows.map((r) => Number(r.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('exports JSON and XLSX', async () => {
    const json = await t.request({ method: 'GET', url: '/admin/api/models/Product/export?format=json', token: root });
    expect(json.headers['content-disposition']).toContain('Product_export.json');
    expect(json.json().map((p: { sku: string }) => p.sku)).toEqual(expect.arrayContaining(['SKU-1', 'SKU-2', 'a/b c?']));
    const xlsx = await t.request({ method: 'GET', url: '/admin/api/models/Customer/export?format=xlsx&search=HYPERLINK', token: root });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['id', 'email', 'name']));
    expect(sheet.getRow(2).getCell(3).value).toBe(`'=HYPERLINK("http://x")`);
  });

  it('exports the selected records and audits exports', async () => {
    const res = await t.request({ method: 'POST', url: '/admin/api/models/Customer/bulk/export', token: root, payload: { ids: [2, 3], format: 'csv' } });
    expect((parse(res.body, { columns: true }) as { id: string }[]).map((r) => r.id)).toEqual(['2', '3']);
    const feed = (await t.request({ method: 'GET', url: '/admin/api/dashboard/activity?action=export&limit=1', token: root })).json();
    expect(feed[0]).toMatchObject({ action: 'export', model: 'Customer', details: { format: 'csv', ids: [2, 3] } });
  });
});

describe('import', () => {
  const header = 'sku;title;price;stock\n';
  it('previews: delimiter, encoding, types, rows and the form schema', async () => {
    const csv = iconv.encode(`${header}IMP-1;Café crème;2,5;3\nIMP-2;Thé;4;\n`, 'latin1');
    const res = await upload('Product', 'preview', csv);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ headers: ['sku', 'title', 'price', 'stock'], delimiter: ';', encoding: 'latin-1', total_rows: 2, model_schema: { title: 'Product' } });
    expect(body.preview_rows[0]).toEqual({ sku: 'IMP-1', title: 'Café crème', price: '2,5', stock: '3' });
    expect(body.column_types.find((c: { csv_column: string }) => c.csv_column === 'stock')).toMatchObject({ detected_type: 'integer', nullable: true });
  });

  it('validates as a dry run that catches type errors and a unique violation, writing nothing', async () => {
    const csv = `sku,title,price\nNEW-1,Fine,1\nSKU-1,Duplicate key,2\nNEW-2,Bad price,cheap\nNEW-3,,3\n`;
    const mappings = JSON.stringify([{ csv_column: 'sku', model_field: 'sku', transform: 'uppercase' }, { csv_column: 'title', model_field: 'title', transform: 'trim' }, { csv_column: 'price', model_field: 'price', transform: 'none' }]);
    const res = await upload('Product', 'validate', csv, `?column_mappings=${encodeURIComponent(mappings)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ valid_count: 1, invalid_count: 3, total_rows: 4 });
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row_number: 2, field: 'sku' }), expect.objectContaining({ row_number: 3, field: 'price', value: 'cheap' }), expect.objectContaining({ row_number: 4, field: 'title', error: 'is required' })]));
    expect(body.sample_valid_rows[0]).toMatchObject({ sku: 'NEW-1', title: 'Fine', price: 1 });
    expect(await count('Product')).toBe(3);
  });

  it('executes all-or-nothing, then partially, with the failed rows downloadable', async () => {
    // Over 8 MB: on PostgreSQL, the rows are checked in a worker thread; the outcome is the same.
    const lines = ['email,name,country'];
    const padding = 'x'.repeat(150);
    for (let i = 0; i < 50_000; i += 1) lines.push(i === 25_000 ? 'broken-row,,FR' : `bulk${i}@example.com,Bulk ${i} ${padding},${i % 2 ? 'DE' : 'FR'}`);
    lines.push('c1@example.com,Duplicate of an existing one,FR');
    const csv = `${lines.join('\n')}\n`;
    const before = await count('Customer');
    const all = await upload('Customer', 'execute', csv);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ success: false, imported_count: 0, failed_count: 2 });
    expect(await count('Customer')).toBe(before);
    const partial = await upload('Customer', 'execute', csv, '?mode=partial', { 'idempotency-key': 'import-once' });
    const result = partial.json();
    expect(result).toMatchObject({ success: true, imported_count: 50_000 - 1, failed_count: 2 });
    expect(result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row_number: 25_001, field: 'name' }), expect.objectContaining({ row_number: 50_001, field: 'email' })]));
    expect(await count('Customer')).toBe(before + 49_999);
    const failed = await t.request({ method: 'GET', url: result.failed_rows_url, token: root });
    const failedRows = parse(failed.body, { columns: true }) as Record<string, string>[];
    expect(failedRows.map((r) => r.row_number)).toEqual(['25001', '50001']);
    expect(failedRows[1]).toMatchObject({ email: 'c1@example.com' });
    const retried = await upload('Customer', 'execute', csv, '?mode=partial', { 'idempotency-key': 'import-once' });
    expect(retried.json()).toEqual(result);
    expect(await count('Customer')).toBe(before + 49_999);
  }, 120_000);

  it('runs in the background with progress', async () => {
    const csv = `sku,title,price\n${Array.from({ length: 2000 }, (_, i) => `BG-${i},Background ${i},${i}`).join('\n')}\n`;
    const started = await upload('Product', 'execute', csv, '?background=true');
    expect(started.statusCode).toBe(202);
    let job = started.json();
    for (let i = 0; i < 100 && job.status === 'running'; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await t.request({ method: 'GET', url: `/admin/api/jobs/${job.id}`, token: root })).json();
    }
    expect(job).toMatchObject({ status: 'done', processed_rows: 2000, result: { imported_count: 2000 } });
  });

  it('reads every encoding and delimiter', async () => {
    const cases: [Buffer, string, string][] = [
      [Buffer.from(`\ufeffsku\ttitle\tprice\nENC-1\tÜber\t1\n`), 'utf-8-sig', '\t'],
      [iconv.encode('sku|title|price\nENC-2|5 € mug|1\n', 'win1252'), 'cp1252', '|'],
      [Buffer.from('sku,title,price\nENC-3,"Quoted, with comma",1\n'), 'utf-8', ','],
    ];
    for (const [csv, encoding, delimiter] of cases) {
      const preview = (await upload('Product', 'preview', csv)).json();
      expect(preview).toMatchObject({ encoding, delimiter });
      expect((await upload('Product', 'execute', csv)).json()).toMatchObject({ success: true, imported_count: 1 });
    }
    const titles = (await t.request({ method: 'GET', url: '/admin/api/models/Product?search=ENC-', token: root })).json().items.map((p: { title: string }) => p.title);
    expect(titles.sort()).toEqual(['5 € mug', 'Quoted, with comma', 'Über']);
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = `sku,title,price\n${'X,'.padEnd(100, 'y')},1\n`.repeat(170_000);
    const res = await upload('Product', 'preview', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ status_code: 413 });
  });

  it('refuses hostile mappings and missing files without touching SQL', async () => {
    const bad = await upload('Product', 'validate', 'sku,title,price\nX,Y,1\n', `?column_mappings=${encodeURIComponent(JSON.stringify([{ csv_column: 'sku', model_field: 'sku"; drop table products; --', transform: 'none' }]))}`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('column_mappings');
    const text = multipart([{ name: 'data', content: '/etc/passwd' }]);
    const noFile = await t.request({ method: 'POST', url: '/admin/api/models/Product/import/preview', token: root, payload: text.payload, headers: text.headers });
    expect(noFile.statusCode).toBe(422);
    expect(await count('Product')).toBeGreaterThan(3);
  });
});

describe('bulk actions', () => {
  it('deletes by ids and by "all" matching a search, in one transaction', async () => {
    const made = await Promise.all([1, 2, 3].map((i) => t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: `doomed${i}@example.com`, name: `Doomed ${i}` } })));
    const ids = made.map((r) => r.json().id);
    const res = await t.request({ method: 'POST', url: '/admin/api/models/Customer/bulk/delete', token: root, payload: { ids: ids.slice(0, 2) } });
    expect(res.json()).toEqual({ deleted: 2, success: true });
    const all = await t.request({ method: 'POST', url: '/admin/api/models/Customer/bulk/delete', token: root, payload: { ids: 'all', search: 'doomed' } });
    expect(all.json()).toEqual({ deleted: 1, success: true });
    const referred = await t.request({ method: 'POST', url: '/admin/api/models/Customer/bulk/delete', token: root, payload: { ids: [1, 2] } });
    expect(referred.statusCode).toBe(409);
    expect(await count('Customer', [{ field: 'id', operator: 'in', value: [1, 2] }])).toBe(2);
  });

  it('updates fields on many rows and runs registered actions', async () => {
    const upd = await t.request({ method: 'POST', url: '/admin/api/models/Order/bulk/update', token: root, payload: { ids: 'all', filters: [{ field: 'status', operator: 'eq', value: 'new' }], params: { status: 'paid' } } });
    expect(upd.json()).toMatchObject({ success: true, affected: expect.any(Number) });
    expect(await count('Order', [{ field: 'status', operator: 'eq', value: 'new' }])).toBe(0);
    const bad = await t.request({ method: 'POST', url: '/admin/api/models/Order/bulk/update', token: root, payload: { ids: [1], params: { status: 'lost' } } });
    expect(bad.statusCode).toBe(422);
    const restock = await t.request({ method: 'POST', url: '/admin/api/models/Product/bulk/restock', token: root, payload: { ids: ['SKU-1', 'SKU-2'], params: { amount: 5 } } });
    expect(restock.json()).toEqual({ success: true, affected: 2, result: { added: 5 } });
    expect((await t.request({ method: 'GET', url: '/admin/api/models/Product/SKU-2', token: root })).json().stock).toBe(5);
    expect((await t.request({ method: 'POST', url: '/admin/api/models/Product/bulk/nope', token: root, payload: { ids: ['SKU-1'] } })).statusCode).toBe(404);
    // Declared params: listed for the panel, checked before the action runs, defaults filled in.
    const product = (await t.request({ method: 'GET', url: '/admin/api/models', token: root })).json().find((m: { name: string }) => m.name === 'Product');
    expect(product.bulk_actions[0].params).toEqual([
      { name: 'amount', label: 'Amount', type: 'number', required: false, default: 1 },
      { name: 'note', label: 'note', type: 'string', required: false, default: null },
    ]);
    const wrongType = await t.request({ method: 'POST', url: '/admin/api/models/Product/bulk/restock', token: root, payload: { ids: ['SKU-1'], params: { amount: 'lots', extra: 1 } } });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().detail).toMatch(/params\.amount must be a number/);
    expect(wrongType.json().detail).toMatch(/params\.extra is not a parameter of restock/);
    expect((await t.request({ method: 'GET', url: '/admin/api/models/Product/SKU-1', token: root })).json().stock).toBe(15);
    const byDefault = await t.request({ method: 'POST', url: '/admin/api/models/Product/bulk/restock', token: root, payload: { ids: ['SKU-1'] } });
    expect(byDefault.json()).toEqual({ success: true, affected: 1, result: { added: 1 } });
    const feed = (await t.request({ method: 'GET', url: '/admin/api/dashboard/activity?model_name=Product&limit=1', token: root })).json();
    expect(feed[0]).toMatchObject({ action: 'restock', details: { affected: 1 } });
  });
});
