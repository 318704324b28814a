/** Offline, or where the CDN is blocked, each page falls back to the bridge loader shipped beside the views. */
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

it.each(VIEW_PAGES.map((v) => v.page))('%s loads the local bridge loader when the CDN fails', async (pagePath) => {
  const context = await browser.newContext();
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/${pagePath}`);
  expect(refused).toContain(BRIDGE_URL);
  expect(
    await page.evaluate(
      () => typeof (window as { extensionBridge?: { register?: unknown } }).extensionBridge?.register,
    ),
  ).toBe('function');
  await context.close();
});
