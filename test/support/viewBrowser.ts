/**
 * Headless Chromium (the one scripts/chromium.ts finds, driven by playwright-core) opening a
 * built view page with the test bridge in place of Adobe's CDN script. Every request that leaves
 * 127.0.0.1 is refused and recorded, so a test can assert the view loads nothing from elsewhere.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BRIDGE_URL, VIEW_PAGES } from '../../scripts/buildViews';
import { findChromium, INSTALL_HINT } from '../../scripts/chromium';
import { ROOT, VIEW_BASE_PATH } from '../../scripts/manifest';
import { TEST_BRIDGE_SCRIPT, type TestWindow } from './viewBridge';

const ARTIFACTS = join(ROOT, 'test-artifacts');

export const VIEW_DIR = join(ROOT, VIEW_BASE_PATH);

/** The browser tests load what `npm run build` made: fail loudly when it is missing or older than the sources. */
export function assertViewsBuilt(): void {
  const newestSource = Math.max(...['src/view', 'src/core'].map((dir) => newestMtime(join(ROOT, dir))));
  for (const { page } of VIEW_PAGES) {
    const file = join(VIEW_DIR, page);
    if (!existsSync(file)) throw new Error(`${VIEW_BASE_PATH}${page} is missing: run \`npm run build\` first.`);
    if (statSync(file).mtimeMs < newestSource)
      throw new Error(`${VIEW_BASE_PATH}${page} is older than src/: run \`npm run build\` again.`);
  }
}

function newestMtime(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestMtime(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(`No Chromium found: npm test brings one (scripts/chromium.ts), or ${INSTALL_HINT}.`);
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

type Json = Record<string, unknown>;

export interface OpenView {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave 127.0.0.1 (refused). */
  externalRequests: string[];
  /** Uncaught exceptions and console errors in the page. */
  pageErrors: string[];
  /** Milliseconds from navigation start to the form rendered by init. */
  readyMs?: number;
  init(info: Json): Promise<void>;
  getSettings(): Promise<Json>;
  validate(): Promise<boolean>;
  /** What the next data-element selector returns (undefined: the user cancels). */
  nextDataElement(token: string | undefined): Promise<void>;
  bridgeCalls(): Promise<unknown[][]>;
  screenshot(name: string): Promise<string>;
  /** Closes the page, failing if it reached off this machine or logged an error. */
  close(): Promise<void>;
}

export async function openView(browser: Browser, baseUrl: string, viewPath: string): Promise<OpenView> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === BRIDGE_URL) return route.fulfill({ contentType: 'text/javascript', body: TEST_BRIDGE_SCRIPT });
    if (url.startsWith(`${baseUrl}/`)) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  // Fail fast with Playwright's own message rather than at vitest's test timeout.
  page.setDefaultTimeout(5000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(`${baseUrl}/${viewPath}`);
  await page.waitForFunction(() => (window as unknown as TestWindow).__view !== undefined);

  const view: OpenView = {
    page,
    context,
    externalRequests,
    pageErrors,
    async init(info) {
      const readyMs = await page.evaluate((i) => {
        (window as unknown as TestWindow).__view.init(i);
        return performance.now();
      }, info);
      view.readyMs ??= readyMs;
    },
    getSettings: () => page.evaluate(() => (window as unknown as TestWindow).__view.getSettings()),
    validate: () => page.evaluate(() => (window as unknown as TestWindow).__view.validate()),
    nextDataElement: (token) =>
      page.evaluate((t) => void ((window as unknown as TestWindow).__bridge.nextDataElement = t), token),
    bridgeCalls: () => page.evaluate(() => (window as unknown as TestWindow).__bridge.calls),
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, name);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      if (externalRequests.length) throw new Error(`The view requested: ${externalRequests.join(', ')}`);
      if (pageErrors.length) throw new Error(`The view logged errors: ${pageErrors.join(' | ')}`);
    },
  };
  return view;
}
