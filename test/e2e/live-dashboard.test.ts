import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { signedInPage, startBrowserSession, type BrowserSession } from './browser.js';

/**
 * Two people on one dashboard: the viewer sees, without reloading, that the other is editing it,
 * that they saved a change (loaded on demand), and when they stop. With TESSERA_SCREENSHOTS set,
 * the notices are photographed light and dark, wide and at 390 px.
 */
let t: TestApp;
let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;
let dashboardId: string;
let widgetId: string;
let viewer: { email: string; password: string };
let root: string;
const shots = process.env.TESSERA_SCREENSHOTS;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ t, baseUrl, browser } = session);
  root = await t.rootToken();
  viewer = await t.createUser(root, { email: 'watcher@example.com', name: 'Wanda Watcher', role: 'viewer' });
  dashboardId = (await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'Live board', visibility: 'public' } })).json<{ id: string }>().id;
  const widget = await t.request({
    method: 'POST',
    url: `/api/v1/bi/dashboards/${dashboardId}/widgets`,
    token: root,
    payload: { name: 'Welcome note', widget_type: 'text', position: { x: 0, y: 0, width: 6, height: 3 }, config: { markdown: 'Hello from the **editor**' } },
  });
  widgetId = widget.json<{ id: string }>().id;
});
afterAll(() => session?.close());

const pageAs = (email: string, password: string): Promise<Page> => signedInPage(browser, baseUrl, email, password);

describe('a dashboard two people have open', () => {
  it('shows the viewer who is editing, offers their save, and clears when they stop', async () => {
    const watcher = await pageAs(viewer.email, viewer.password);
    await watcher.goto(`${baseUrl}/dashboards/${dashboardId}`);
    await watcher.getByText('Welcome note').waitFor();

    const editor = await pageAs(ROOT_EMAIL, ROOT_PASSWORD);
    await editor.goto(`${baseUrl}/dashboards/${dashboardId}?edit=1`);
    const beingEdited = watcher.getByRole('status', { name: 'Being edited' });
    await beingEdited.waitFor();
    expect(await beingEdited.textContent()).toMatch(/is editing this dashboard/);

    const renamed = await t.request({ method: 'PUT', url: `/api/v1/bi/dashboards/${dashboardId}/widgets/${widgetId}`, token: root, payload: { name: 'Renamed note' } });
    expect(renamed.statusCode).toBe(200);
    const notice = watcher.getByRole('status', { name: 'Dashboard updated' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Updated by .+ \(version \d+\)/);
    // Nothing moved under the viewer's eyes until they chose to.
    expect(await watcher.getByText('Welcome note').count()).toBe(1);
    if (shots) {
      for (const dark of [false, true]) {
        for (const width of [1280, 390]) {
          await watcher.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
          await watcher.setViewportSize({ width, height: 900 });
          // The navigation collapses with a transition when the page narrows.
          await watcher.waitForTimeout(600);
          await watcher.screenshot({ path: join(shots, `live-dashboard-${dark ? 'dark' : 'light'}-${width}.png`) });
        }
      }
      await watcher.emulateMedia({ colorScheme: 'light' });
      await watcher.setViewportSize({ width: 1280, height: 900 });
    }
    await notice.getByRole('button', { name: 'Reload' }).click();
    await watcher.getByText('Renamed note').waitFor();
    expect(await notice.count()).toBe(0);

    // Leaving edit mode tells the viewer at once, and so does closing the page while editing.
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => beingEdited.count(), { timeout: 5_000 }).toBe(0);
    await editor.getByRole('button', { name: 'Edit', exact: true }).click();
    await beingEdited.waitFor();
    await editor.goto(`${baseUrl}/dashboards`);
    await expect.poll(() => beingEdited.count(), { timeout: 5_000 }).toBe(0);
    await editor.close();
    await watcher.close();
  });
});
