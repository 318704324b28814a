/**
 * View readiness in headless Chromium: from navigation start to the first animation frame in
 * which a form field shows a value from `init`, in a fresh browser context each time (cold
 * cache, as when the Data Collection UI opens a view). The built views are served from
 * 127.0.0.1; Adobe's bridge script is replaced by one that calls `init` as soon as the view
 * registers; any other request is refused.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { BRIDGE_URL } from '../scripts/buildViews';
import { ensureChromium } from '../scripts/chromium';
import { median } from './rounds';

export interface ViewCase {
  page: string;
  init: Record<string, unknown>;
  /** Values the form shows once `init` has been applied (any one will do). */
  shows: string[];
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const bridge = (init: unknown) => `window.extensionBridge = {
  register(methods) { Promise.resolve().then(() => methods.init(${JSON.stringify(init)})); return Promise.resolve(); },
  openDataElementSelector: () => Promise.resolve(undefined),
  openCodeEditor: () => Promise.resolve(undefined),
  openRegexTester: () => Promise.resolve(undefined),
  setDebug() {},
};`;

/** In the page: performance.now() once a field shows one of the values, else false. */
function shown(values: string[]): number | false {
  const fields = document.querySelectorAll<HTMLInputElement>('input, textarea, select');
  return [...fields].some((f) => values.some((v) => f.value.includes(v))) && performance.now();
}

export async function views(dir: string, cases: ViewCase[], loads: number): Promise<Record<string, number>> {
  const server = createServer(async (req, res) => {
    const path = normalize(join(dir, new URL(req.url ?? '/', 'http://x').pathname));
    const body = path.startsWith(dir) ? await readFile(path).catch(() => undefined) : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: await ensureChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const results: Record<string, number> = {};
  try {
    for (const view of cases) {
      const times: number[] = [];
      for (let i = 0; i < loads; i++) {
        const context = await browser.newContext();
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (url === BRIDGE_URL) return route.fulfill({ contentType: 'text/javascript', body: bridge(view.init) });
          return url.startsWith(`${origin}/`) ? route.continue() : route.abort();
        });
        const page = await context.newPage();
        await page.goto(`${origin}/${view.page}`, { waitUntil: 'commit' });
        const ready = await page.waitForFunction(shown, view.shows, { polling: 'raf', timeout: 10_000 });
        times.push((await ready.jsonValue()) as number);
        await context.close();
      }
      results[view.page] = median(times);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
