import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../helpers/test-app.js';
import { logIn, pickOption, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * The admin panel in the browser, over the shop database of the API tests: the list (search, sort,
 * pages), the record form with a server error under its field and a related record picked by
 * search, bulk actions over a selection and over every matching row, the CSV import wizard with a
 * bad row, and the export link carrying the list's filters.
 */
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let shop: AdminSourceFixture | undefined;

beforeAll(async () => {
  shop = await createAdminSource();
  session = await startBrowserSession({
    demo: false,
    admin: {
      sources: [shop.source],
      models: [
        { source: 'shop', table: 'customers', name: 'Customer', icon: 'users', category: 'Customers', hidden: ['password_hash'], label: 'name', searchable: ['name', 'email'] },
        {
          source: 'shop',
          table: 'products',
          name: 'Product',
          icon: 'box',
          category: 'Inventory',
          label: 'title',
          bulkActions: [
            {
              name: 'restock',
              label: 'Restock',
              confirm: 'Add to the stock of each selected product?',
              params: [{ name: 'amount', label: 'Amount', type: 'number', required: true, default: 5 }],
              run: async ({ db, ids, params }) => {
                const amount = params.amount as number;
                const result = await db.updateTable('products').set((eb) => ({ stock: eb('stock', '+', amount) })).where('sku', 'in', ids as string[]).executeTakeFirst();
                return { affected: Number(result.numUpdatedRows) };
              },
            },
          ],
        },
        { source: 'shop', table: 'orders', name: 'Order', icon: 'shopping-cart', category: 'Sales' },
      ],
    },
  });
  ({ baseUrl, browser } = session);
});

afterAll(async () => {
  await session?.close();
  await shop?.close();
});

async function signedInPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}/login`);
  await logIn(page, ROOT_EMAIL, ROOT_PASSWORD);
  return page;
}

const rows = (page: Page) => page.getByRole('table', { name: 'Customer records' }).locator('tbody tr');

/** The text of one column of the table's rows, once the table has settled on `count` rows. */
async function columnTexts(page: Page, column: number, count: number): Promise<string[]> {
  await expect.poll(() => rows(page).count()).toBe(count);
  return rows(page).locator(`td:nth-child(${column})`).allTextContents();
}

describe('the model list', () => {
  it('searches, sorts by a header, pages forwards and back, and keeps it all in the URL', async () => {
    const page = await signedInPage();
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('link', { name: /^Customer: 30 records/ }).click();
    await page.getByRole('heading', { name: 'Customer', level: 1 }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(30);

    await page.getByRole('searchbox', { name: 'Search Customer' }).fill('zoë');
    await expect(columnTexts(page, 4, 1)).resolves.toEqual(['Zoë Ærøskøbing']);
    expect(new URL(page.url()).searchParams.get('search')).toBe('zoë');
    await page.reload();
    await expect(columnTexts(page, 4, 1)).resolves.toEqual(['Zoë Ærøskøbing']);
    await page.getByRole('searchbox', { name: 'Search Customer' }).fill('');
    await expect.poll(() => rows(page).count()).toBe(30);

    // Column 1 holds the checkboxes; the name is the fourth.
    const nameHeader = page.getByRole('columnheader', { name: /Name/ });
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(async () => (await columnTexts(page, 4, 30))[0]).toBe('Customer 001');
    // The list has settled on the ascending order before the second click turns it around.
    await expect.poll(() => page.getByTestId('list-total').textContent()).toBe('1–30 of 30');
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await columnTexts(page, 4, 30))[0]).toBe('Zoë Ærøskøbing');
    expect(new URL(page.url()).searchParams.get('sort_order')).toBe('desc');

    await pickOption(page, page.getByRole('combobox', { name: 'Rows per page' }), '25');
    await expect.poll(() => page.getByTestId('list-total').textContent()).toBe('1–25 of 30');
    const firstPage = await columnTexts(page, 4, 25);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => page.getByTestId('list-total').textContent()).toBe('26–30 of 30');
    const secondPage = await columnTexts(page, 4, 5);
    expect(secondPage.at(-1)).toBe('Customer 001');
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => page.getByTestId('list-total').textContent()).toBe('1–25 of 30');

    // The keyboard: the second row down, Enter opens it (with the focus off the Previous button, whose Enter it would be).
    await page.getByRole('heading', { name: 'Customer', level: 1 }).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = (await columnTexts(page, 2, 25))[1];
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Customer ${second}`, level: 1 }).waitFor();
    await page.close();
  });
});

describe('the record form', () => {
  it('saves a changed field, shows it and its history, and puts a refused value’s error under its field', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/admin/models/Customer/records/2`);
    await page.getByRole('heading', { name: 'Customer 2', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name.inputValue()).resolves.toBe('Customer 002');
    await name.fill('Renamed by the browser');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Customer 2', level: 1 }).waitFor();
    await page.getByText('Renamed by the browser', { exact: true }).first().waitFor();
    const history = page.getByRole('list', { name: 'Changes' }).first();
    await expect.poll(() => history.textContent()).toContain('name: Customer 002 → Renamed by the browser');

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const credit = page.getByRole('textbox', { name: 'Credit' });
    await credit.fill('lots');
    const refused = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await refused).status()).toBe(422);
    await expect.poll(() => credit.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await credit.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toBe('must be a number');
    // Still on the form, nothing saved.
    expect(new URL(page.url()).pathname).toBe('/admin/models/Customer/records/2/edit');
    await page.close();
  });
});

describe('creating with a relation', () => {
  it('picks the related record by searching its label and shows it on the new record', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/admin/models/Order`);
    await page.getByRole('link', { name: 'New', exact: true }).click();
    const customer = page.getByRole('combobox', { name: 'Customer' });
    await customer.click();
    await customer.fill('zo');
    await page.getByRole('option', { name: 'Zoë Ærøskøbing', exact: true }).click();
    await page.getByRole('textbox', { name: 'Total' }).fill('12.5');
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/models/Order'));
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    expect((await created).status()).toBe(201);
    await page.getByRole('heading', { name: /^Order \d+$/, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Zoë Ærøskøbing (7)' }).waitFor();
    await page.close();
  });
});

describe('bulk actions', () => {
  it('edits a field on every matching row, and runs a registered action after its confirmation', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/admin/models/Order?limit=25`);
    const orders = page.getByRole('table', { name: 'Order records' }).locator('tbody tr');
    await expect.poll(() => orders.count()).toBe(25);
    // 40 orders, and one more when the test creating one ran first.
    const total = Number(/of (\d+)$/.exec((await page.getByTestId('list-total').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(25);
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toBe('25 selected');
    await page.getByRole('button', { name: `Select all ${total} matching` }).click();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toBe(`All ${total} matching records selected`);
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit a field…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit selected records' });
    await pickOption(page, dialog.getByRole('combobox', { name: 'Field' }), 'Total');
    await dialog.getByRole('textbox', { name: 'Total' }).fill('99');
    const answered = page.waitForResponse((r) => r.url().endsWith('/bulk/update'));
    await dialog.getByRole('button', { name: /^Apply to/ }).click();
    expect(await (await answered).json()).toMatchObject({ success: true, affected: total });
    await page.getByText(`Updated ${total} records`).waitFor();
    const totals = page.getByRole('table', { name: 'Order records' }).locator('tbody tr td:nth-child(6)');
    await expect.poll(async () => new Set(await totals.allTextContents())).toEqual(new Set(['99']));

    await page.goto(`${baseUrl}/admin/models/Product?search=SKU-`);
    const products = page.getByRole('table', { name: 'Product records' }).locator('tbody tr');
    await expect.poll(() => products.count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select SKU-2', exact: true }).check();
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: 'Restock' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restock' });
    await confirm.getByText('Add to the stock of each selected product? (1 record)').waitFor();
    // The action's declared parameter, filled with its default, changed before running.
    const amount = confirm.getByRole('textbox', { name: 'Amount' });
    await expect.poll(() => amount.inputValue()).toBe('5');
    await amount.fill('7');
    await confirm.getByRole('button', { name: 'Restock' }).click();
    await page.getByText('Restock: 1 affected').waitFor();
    await expect.poll(() => products.filter({ hasText: 'Blue mug' }).locator('td:nth-child(5)').textContent()).toBe('7');
    await page.close();
  });
});

describe('the import wizard', () => {
  it('previews a CSV, maps it, reports the bad row in the dry run, and imports the good rows', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/admin/models/Product`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Import Product records' });
    const csv = 'SKU;Title;price\nimp-1;Imported one;1.5\nimp-2;Bad price;cheap\nimp-3;Imported three;3\n';
    await wizard.locator('input[type="file"]').setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await wizard.getByText('3 rows').waitFor();
    await wizard.getByText('semicolon separated').waitFor();
    await wizard.getByRole('table', { name: 'First rows of the file' }).getByText('Bad price').waitFor();

    await wizard.getByRole('button', { name: 'Next: map columns' }).click();
    // Matched by name, whatever the header's case.
    await expect(wizard.getByRole('combobox', { name: 'Field for SKU' }).inputValue()).resolves.toBe('Sku');
    await expect(wizard.getByRole('combobox', { name: 'Field for price' }).inputValue()).resolves.toBe('Price *');
    await pickOption(page, wizard.getByRole('combobox', { name: 'Transform for SKU' }), 'uppercase');

    await wizard.getByRole('button', { name: 'Next: dry run' }).click();
    await expect.poll(() => wizard.getByTestId('dry-run-summary').textContent()).toContain('2 valid, 1 invalid of 3 rows');
    const error = wizard.getByRole('table', { name: 'Row errors' }).locator('tbody tr');
    await expect(error.allTextContents()).resolves.toEqual([expect.stringMatching(/^2price.*cheap.*must be a number/)]);

    await wizard.getByRole('button', { name: 'Next: import' }).click();
    await wizard.getByRole('radio', { name: /Only the valid rows/ }).check();
    await wizard.getByRole('button', { name: 'Import valid rows' }).click();
    const result = wizard.getByTestId('import-result');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toMatch(/2 imported.*1 failed/);
    const failedRows = await wizard.getByRole('link', { name: 'Download failed rows' }).getAttribute('href');
    expect(failedRows).toMatch(/^\/admin\/api\/jobs\/.+\/failed-rows$/);
    await wizard.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('searchbox', { name: 'Search Product' }).fill('IMP-');
    await expect.poll(() => page.getByRole('table', { name: 'Product records' }).locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['IMP-1', 'IMP-3']);
    await page.close();
  });
});

describe('export', () => {
  it('links the CSV download with the list’s filters and sort', async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/admin/models/Customer?sort_by=id&sort_order=desc`);
    await expect.poll(() => rows(page).count()).toBe(30);

    await page.getByRole('button', { name: 'Add filter' }).click();
    await pickOption(page, page.getByRole('combobox', { name: 'Field' }), 'Country');
    await pickOption(page, page.getByRole('combobox', { name: 'Operator' }), 'is');
    await page.getByRole('textbox', { name: 'Value' }).fill('DE');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Country is “DE”' }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(10);

    await page.getByRole('button', { name: 'Export' }).click();
    const href = await page.getByRole('menuitem', { name: 'CSV' }).getAttribute('href');
    const query = new URL(href ?? '', baseUrl).searchParams;
    expect(query.get('format')).toBe('csv');
    expect(JSON.parse(query.get('filters') ?? '[]')).toEqual([{ field: 'country', operator: 'eq', value: 'DE' }]);
    expect(query.get('sort_by')).toBe('id');
    // Fetched by the page, with the session cookie, as the link's download is. A string: this file has no DOM types.
    const content = await page.evaluate<string>(`fetch(${JSON.stringify(href)}).then((r) => r.text())`);
    const [header, ...lines] = content.trim().split(/\r?\n/);
    expect(header?.split(',')).toEqual(expect.arrayContaining(['id', 'email', 'country']));
    expect(header).not.toContain('password_hash');
    expect(lines).toHaveLength(10);
    const country = header!.split(',').indexOf('country');
    expect(lines.map((line) => line.split(',')[country])).toEqual(Array(10).fill('DE'));
    const ids = lines.map((line) => Number(line.split(',')[0]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    await page.close();
  });
});
