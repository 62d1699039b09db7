import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../helpers/test-app.js';
import { startBrowserSession, type BrowserSession } from './browser.js';

let baseUrl: string;
let browser: Browser;
let session: BrowserSession | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ baseUrl, browser } = session);
});

afterAll(() => session?.close());

describe('web shell', () => {
  it('logs in through the page, shows the shell with the user, survives a reload, and logs out', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/admin/users`);
    // Not signed in: the app sends us to the login page.
    await page.getByLabel('Email').waitFor();
    expect(page.url()).toContain('/login');

    await page.getByLabel('Email').fill(ROOT_EMAIL);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Invalid email or password');

    await page.getByLabel('Password').fill(ROOT_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await expect(page.getByText(ROOT_EMAIL).first().isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading').first().waitFor();

    // Tokens live only in httpOnly cookies, never in storage the page's scripts can read.
    // Evaluated in the page, as strings: this file is compiled without DOM types.
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');
    expect(stored).not.toMatch(/eyJ/);
    const readable = await page.evaluate<string>('document.cookie');
    expect(readable).not.toContain('admin_access_token');

    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();

    await page.goto(`${baseUrl}/no/such/page`);
    await page.getByText(/not found/i).first().waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Email').waitFor();
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Email').waitFor();
    expect(page.url()).toContain('/login');
  });
});

describe('serving the app', () => {
  it('answers client-side routes with the page, caches hashed assets for good, and keeps API 404s as JSON', async () => {
    const page = await fetch(`${baseUrl}/admin/teams`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${baseUrl}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');

    const api = await fetch(`${baseUrl}/admin/api/nope`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ status_code: 404 });
  });
});
