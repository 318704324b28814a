/**
 * (5) View readiness in headless Chromium: from navigation to the form painted with the
 * `init` settings applied, median of N loads per view, each in a fresh browser context
 * (cold HTTP cache, as when the Data Collection UI opens a view).
 *
 * Reuses the view tests' support: the built views served on a free 127.0.0.1 port
 * (test/support/viewServer) and their bridge stand-in for Adobe's CDN loader, here calling
 * `init` as soon as the view registers (./bridgeStub), and their Chromium launcher
 * (test/support/viewBrowser). Every other request off this machine is aborted and listed. Ready =
 * an input, textarea or select holds one of the init values (`markers`) and the next frame has
 * been painted; times are the page's own `performance.now()` (0 = navigation start).
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/support/viewBrowser';
import { serveFolder } from '../../test/support/viewServer';
import { BRIDGE_URL } from '../buildViews';
import { ROOT } from '../manifest';
import { benchBridgeScript, readinessProbe, type ViewInit } from './bridgeStub';
import { readManifest } from './sizes';
import { median, round } from './stats';


export interface ViewCase {
  /** viewBasePath-relative page, e.g. configuration/configuration.html. */
  page: string;
  init: ViewInit;
  /** Init values the rendered form shows (any one of them proves init was applied). */
  markers: string[];
}

export interface ViewLoad {
  /** Form painted with an init value. */
  readyMs: number;
  /** The init value first in the DOM (before that paint). */
  domMs: number;
  /** The view called register() (its script loaded and ran), and got init. */
  registeredMs: number;
  initMs: number;
  /** From page.goto to seeing readiness, from outside (CDP round trips included). */
  wallMs: number;
}

export interface ViewReadiness {
  page: string;
  ready: boolean;
  medianMs?: number;
  minMs?: number;
  maxMs?: number;
  /** Medians of the phases, for finding where the time goes. */
  medianRegisteredMs?: number;
  medianDomMs?: number;
  loads: ViewLoad[];
  /** Why not ready, if not. */
  note?: string;
  pageErrors: string[];
  abortedRequests: string[];
}

async function loadOnce(browser: Browser, origin: string, view: ViewCase, timeoutMs: number, result: ViewReadiness): Promise<ViewLoad> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === BRIDGE_URL) return route.fulfill({ contentType: 'text/javascript', body: benchBridgeScript(view.init) });
      if (url.startsWith(`${origin}/`)) return route.continue();
      if (!result.abortedRequests.includes(url)) result.abortedRequests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => void (result.pageErrors.length < 5 && result.pageErrors.push(error.message)));
    await page.addInitScript({ content: readinessProbe(view.markers) });
    const start = performance.now();
    await page.goto(`${origin}/${view.page}`, { waitUntil: 'commit', timeout: timeoutMs });
    const handle = await page.waitForFunction('window.__benchReady', undefined, { timeout: timeoutMs, polling: 'raf' });
    const wallMs = performance.now() - start;
    const t = (await handle.jsonValue()) as { dom: number; painted: number; registered: number; init: number };
    return { readyMs: round(t.painted, 4), domMs: round(t.dom, 4), registeredMs: round(t.registered, 4), initMs: round(t.init, 4), wallMs: round(wallMs, 4) };
  } finally {
    await context.close();
  }
}

export async function runViewReadiness(
  views: ViewCase[],
  loads: number,
  { dir = resolve(ROOT, readManifest().viewBasePath), timeoutMs = 5000 }: { dir?: string; timeoutMs?: number } = {},
): Promise<{ chromium: string; views: ViewReadiness[] }> {
  const server = await serveFolder(dir);
  const browser = await launchChromium();
  try {
    const results: ViewReadiness[] = [];
    for (const view of views) {
      const result: ViewReadiness = { page: view.page, ready: false, loads: [], pageErrors: [], abortedRequests: [] };
      results.push(result);
      for (let i = 0; i < loads; i++) {
        try {
          result.loads.push(await loadOnce(browser, server.url, view, timeoutMs, result));
        } catch (error) {
          // A view that never shows its settings will not on the next load either: stop here.
          result.note = `no init value (${view.markers.join(', ')}) appeared in a form field within ${timeoutMs} ms: ${(error as Error).message.split('\n')[0]}`;
          break;
        }
      }
      if (result.loads.length === loads) {
        const phase = (key: keyof ViewLoad) => round(median(result.loads.map((l) => l[key])));
        const times = result.loads.map((l) => l.readyMs);
        Object.assign(result, {
          ready: true,
          medianMs: phase('readyMs'),
          minMs: round(Math.min(...times)),
          maxMs: round(Math.max(...times)),
          medianRegisteredMs: phase('registeredMs'),
          medianDomMs: phase('domMs'),
        });
      }
    }
    return { chromium: browser.version(), views: results };
  } finally {
    await browser.close();
    await server.close();
  }
}
