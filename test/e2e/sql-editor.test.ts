import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * An editor writes a widget's SQL in CodeMirror: completions from the source's tables, Ctrl+Enter
 * to preview, the database's error marked at its line, and a confirmation before saving a query
 * that fails.
 */
let session: BrowserSession | undefined;
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let editor: { id: string; email: string; password: string };
let dashboardId: string;

interface ApiDashboard {
  widgets: { id: string; name: string; data_source: Record<string, unknown> | null }[];
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  const root = await t.rootToken();
  editor = await t.createUser(root, { email: 'sql-editor@example.com', role: 'editor' });
  const list = await t.request({ method: 'GET', url: '/api/v1/bi/dashboards?search=Sales%20Overview', token: root });
  dashboardId = list.json<{ items: { id: string; name: string }[] }>().items.find((d) => d.name === 'Sales Overview')?.id ?? '';
  const shared = await t.request({ method: 'POST', url: `/api/v1/bi/dashboards/${dashboardId}/share`, token: root, payload: { shared_with: [editor.id], permissions: 'edit' } });
  expect(shared.statusCode).toBe(200);
});

afterAll(() => session?.close());

/** The dashboard in edit mode; `fetched()` tells whether CodeMirror's code was requested so far. */
async function openDashboard(page: Page): Promise<{ fetched: () => boolean }> {
  let codeMirror = false;
  page.on('request', (request) => (codeMirror ||= /codemirror|SqlEditor/.test(request.url())));
  await page.goto(`${baseUrl}/dashboards/${dashboardId}`);
  await page.locator('[data-testid="widget-tile"]').first().waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Edit Sales channels' }).waitFor();
  return { fetched: () => codeMirror };
}

async function replaceSql(page: Page, sql: Locator, text: string): Promise<void> {
  await sql.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await sql.fill(text);
}

describe('the SQL editor of a widget', () => {
  it('completes a column, runs with Ctrl+Enter, marks the error line, and asks before saving a failing query', async () => {
    const page = await signedInPage(browser, baseUrl, editor.email, editor.password);
    const codeMirror = await openDashboard(page);
    // The dashboard page does not carry the editor's code; opening a SQL widget fetches it.
    expect(codeMirror.fetched()).toBe(false);
    const schema = page.waitForResponse((response) => response.url().includes('/data-sources/demo/schema'));
    await page.getByRole('button', { name: 'Edit Sales channels' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Sales channels' });
    const sql = dialog.getByRole('textbox', { name: 'SQL', exact: true });
    await expect.poll(() => sql.textContent()).toContain('FROM sales');
    expect(codeMirror.fetched()).toBe(true);

    // Completions come from the demo's tables, listed by the server.
    expect((await schema).status()).toBe(200);
    await sql.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('SELECT regi');
    const option = page.getByRole('option', { name: /^region/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('sales');
    // CodeMirror ignores an Enter within 75 ms of the list opening (its interactionDelay), as a person would not press it that fast.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.keyboard.type(', COUNT(*) AS orders FROM sales GROUP BY 1 ORDER BY 1');
    await page.keyboard.press('Escape');
    expect(await sql.textContent()).toBe('SELECT region, COUNT(*) AS orders FROM sales GROUP BY 1 ORDER BY 1');
    // Escape closed the completions, not the dialog.
    await expect.poll(() => dialog.isVisible()).toBe(true);

    const ran = page.waitForResponse((response) => response.url().endsWith('/api/v1/bi/query'));
    await page.keyboard.press('Control+Enter');
    expect((await ran).status()).toBe(200);
    await dialog.getByTestId('widget-preview').waitFor();
    await expect.poll(() => dialog.getByText(/^\d+ rows/).textContent()).toMatch(/^4 rows/);
    expect(await dialog.getByRole('table').innerText()).toContain('APAC');

    await replaceSql(page, sql, 'SELECT region\nFROM sales\nWHERE no_such_column > 1');
    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('alert').filter({ hasText: 'The query failed' }).waitFor();
    // The database placed the error on line 3: the gutter marks it and the name is underlined.
    const marked = dialog.locator('.cm-line').nth(2).locator('.cm-lintRange-error');
    await marked.waitFor();
    expect(await marked.textContent()).toBe('no_such_column');
    expect(await dialog.locator('.cm-lint-marker-error').count()).toBe(1);
    expect(await dialog.getByTestId('widget-preview').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Save widget' }).click();
    const confirm = page.getByRole('dialog', { name: 'Save anyway?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await sql.textContent()).toContain('no_such_column');

    await dialog.getByRole('button', { name: 'Save widget' }).click();
    await page.getByRole('dialog', { name: 'Save anyway?' }).getByRole('button', { name: 'Save anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The widget is part of the edit session until the session is saved.
    const stored = page.waitForResponse((response) => response.url().endsWith('/content') && response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Save changes' }).getByRole('button', { name: 'Save version' }).click();
    expect((await stored).status()).toBe(200);
    const saved = (await (await page.request.get(`${baseUrl}/api/v1/bi/dashboards/${dashboardId}`)).json()) as ApiDashboard;
    expect(saved.widgets.find((w) => w.name === 'Sales channels')?.data_source?.sql).toContain('no_such_column');
    await page.close();
  });

  it('runs a query that has not run yet when saving, and saves a working one without asking', async () => {
    const page = await signedInPage(browser, baseUrl, editor.email, editor.password);
    await openDashboard(page);
    await page.getByRole('button', { name: 'Edit Sales channels' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Sales channels' });
    const sql = dialog.getByRole('textbox', { name: 'SQL', exact: true });
    await expect.poll(() => sql.textContent()).toContain('FROM sales');
    await replaceSql(page, sql, 'SELECT channel, SUM(revenue) AS revenue\nFROM sales GROUP BY 1');
    const ran = page.waitForResponse((response) => response.url().endsWith('/api/v1/bi/query'));
    await dialog.getByRole('button', { name: 'Save widget' }).click();
    expect((await ran).status()).toBe(200);
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('dialog', { name: 'Save anyway?' }).count()).toBe(0);
    await page.close();
  });

  it('previews a metric widget by its dimensions and grain, in the dark theme too', async () => {
    const page = await signedInPage(browser, baseUrl, editor.email, editor.password, { dark: true });
    await openDashboard(page);
    await page.getByRole('button', { name: 'Edit Monthly revenue' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Monthly revenue' });
    const ran = page.waitForResponse((response) => response.url().endsWith('/api/v1/bi/metric-query'));
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    expect((await ran).status()).toBe(200);
    await dialog.getByTestId('widget-preview').waitFor();
    await expect.poll(() => dialog.getByText(/^\d+ rows/).textContent()).toMatch(/^\d\d+ rows/);

    await dialog.getByText('SQL query', { exact: true }).click();
    const editorFrame = dialog.locator('.cm-editor');
    await editorFrame.waitFor();
    // One Dark's background, not the light editor's white.
    expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('[role="dialog"] .cm-editor')).backgroundColor`)).toBe('rgb(40, 44, 52)');
    await page.close();
  });
});
