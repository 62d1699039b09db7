import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

let t: TestApp;
let session: BrowserSession | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
  t = session.t;
});
afterAll(() => session?.close());

const textWidget = (name: string, x: number) => ({ name, widget_type: 'text', position: { x, y: 0, width: 4, height: 2 }, config: { content: `About ${name}` } });

describe('dashboard history', () => {
  it('shows what changed between two versions, not only the whole version', async () => {
    const root = await t.rootToken();
    const created = await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'Weekly numbers', visibility: 'public' } });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const widgets = `/api/v1/bi/dashboards/${id}/widgets`;
    const add = async (payload: object) => {
      const res = await t.request({ method: 'POST', url: widgets, token: root, payload });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const orders = await add(textWidget('Orders', 0));
    const revenue = await add(textWidget('Revenue', 4));
    // Version 3 is the starting point; then one widget is added (version 4), one moved (5), one renamed and edited (6).
    await add(textWidget('Margin', 8));
    const update = (widgetId: string, payload: object) => t.request({ method: 'PUT', url: `${widgets}/${widgetId}`, token: root, payload });
    expect((await update(revenue, { position: { x: 0, y: 4, width: 4, height: 2 } })).statusCode).toBe(200);
    expect((await update(orders, { name: 'Order count', config: { content: 'Orders per day' } })).statusCode).toBe(200);

    const page = await signedInPage(session!.browser, session!.baseUrl, ROOT_EMAIL, ROOT_PASSWORD);
    await page.goto(`${session!.baseUrl}/dashboards/${id}`);
    await page.getByRole('heading', { name: 'Weekly numbers', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'History' }).click();
    const drawer = page.getByRole('dialog', { name: /^History of / });

    // Against the version before it, version 4 only added a widget.
    await drawer.getByTestId('revision-row').filter({ hasText: 'Version 4 ·' }).click();
    const changes = drawer.getByTestId('revision-changes');
    await changes.getByText('Added widget Margin').waitFor();
    expect(await changes.getByRole('listitem').count()).toBe(1);

    // Version 6 against version 3: everything the three changes did.
    await drawer.getByRole('button', { name: 'All versions' }).click();
    await drawer.getByTestId('revision-row').filter({ hasText: 'Version 6 ·' }).click();
    await changes.getByText('Renamed widget “Orders” to “Order count”').waitFor();
    await drawer.getByLabel('Compare with', { exact: true }).click();
    await page.getByRole('option', { name: 'Version 3', exact: true }).click();
    await drawer.getByText('Changes since version 3').waitFor();
    await changes.getByText('Added widget Margin').waitFor();
    await changes.getByText('Moved Revenue').waitFor();
    await changes.getByText('Renamed widget “Orders” to “Order count”').waitFor();
    await changes.getByText('Edited Order count').waitFor();
    await expect(changes.textContent()).resolves.toContain('settings: content');
    // The whole version is still there below the changes.
    await drawer.getByRole('table', { name: 'Widgets of this version' }).getByText('Order count').waitFor();
    await page.close();
  });
});
