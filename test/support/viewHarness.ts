/** The browser tests' fixture: one server and one Chromium per test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { assertViewsBuilt, launchChromium, openView, VIEW_DIR, type OpenView } from './viewBrowser';
import { serveFolder, type StaticServer } from './viewServer';

/**
 * One server and one browser for a test file (registers its beforeAll / afterAll); `open`
 * loads the view page in a fresh context and calls init with `info`.
 */
export function viewHarness(viewPath: string): { open(info: Record<string, unknown>): Promise<OpenView> } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertViewsBuilt();
    server = await serveFolder(VIEW_DIR);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open(info) {
      const view = await openView(browser!, server!.url, viewPath);
      await view.init(info);
      return view;
    },
  };
}
