/**
 * Each page loads Adobe's bridge loader from the CDN, and the copy shipped beside the views where
 * the CDN fails; opened from a page on this machine (Adobe's sandbox under npm start, often
 * offline), it takes that copy at once, so no failed request logs an error on every view load.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BRIDGE_URL, VIEW_PAGES } from '../../scripts/buildViews';
import { assertViewsBuilt, launchChromium, VIEW_DIR } from '../support/viewBrowser';
import { serveFolder, type StaticServer } from '../support/viewServer';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  assertViewsBuilt();
  [browser, server] = await Promise.all([launchChromium(), serveFolder(VIEW_DIR)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Opens a view page: requests off the view server are refused (and listed), except the bridge's child script. */
async function load(pagePath: string, referer?: string) {
  const context = await browser.newContext();
  const refused: string[] = [];
  const requested: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(`${server.url}/`)) return route.continue();
    // The loader then fetches the child from the parent page's origin: not part of this test.
    if (url.endsWith('/extensionbridge/extensionbridge-child.js')) return route.fulfill({ body: '' });
    refused.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/${pagePath}`, { referer });
  await page.waitForFunction(() => (window as { extensionBridge?: { register?: unknown } }).extensionBridge?.register);
  await context.close();
  return { refused, requested, errors };
}

it.each(VIEW_PAGES.map((v) => v.page))('%s loads the local bridge loader when the CDN fails', async (pagePath) => {
  const { refused, requested } = await load(pagePath);
  expect(refused).toEqual([BRIDGE_URL]);
  expect(requested).toContain(`${server.url}/extensionbridge.min.js`);
});

it.each(VIEW_PAGES.map((v) => v.page))(
  '%s opened from a page on this machine (the sandbox) loads the local copy, with no error logged',
  async (pagePath) => {
    const { requested, errors } = await load(pagePath, 'http://localhost:3000/');
    expect(requested).not.toContain(BRIDGE_URL);
    expect(requested).toContain(`${server.url}/extensionbridge.min.js`);
    expect(errors).toEqual([]);
  },
);
