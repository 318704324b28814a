/**
 * npm start's view sandbox page: it stores the real rule's init info where Adobe's sandbox reads
 * it, and with that init the views open filled and the action's preview is sendable.
 */
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_VIEW, CONFIGURATION_VIEW } from '../../scripts/manifest';
import { actionSettings, containerSource, extensionSettings } from '../../scripts/sandbox/container';
import { presetEntries, presetPage, VIEW_SANDBOX_PRESET_PATH } from '../../scripts/sandbox/viewSandboxPreset';
import { assertViewsBuilt, launchChromium, openView, VIEW_DIR } from '../support/viewBrowser';
import { serveFolder, type StaticServer } from '../support/viewServer';
import { ROOT } from './sandboxEdgeRunner';

const GRAPH = 'http://127.0.0.1:49152';
const entries = presetEntries(GRAPH);
const CONFIG_KEY = 'initInfo/edge/meta-capi-forwarder/configuration';
const ACTION_KEY = 'initInfo/edge/meta-capi-forwarder/actions/send-conversions-api-event';

let browser: Browser;
let views: StaticServer;
let sandboxOrigin: Server;
let sandboxUrl: string;

beforeAll(async () => {
  assertViewsBuilt();
  // The sandbox's origin as far as the page is concerned: its app at / and .sandbox/files/ at /files/.
  sandboxOrigin = createServer((req, res) => {
    const page =
      req.url === '/'
        ? '<!doctype html><title>sandbox</title>'
        : req.url === VIEW_SANDBOX_PRESET_PATH
          ? presetPage(entries)
          : undefined;
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => sandboxOrigin.listen(0, '127.0.0.1', resolve));
  sandboxUrl = `http://127.0.0.1:${(sandboxOrigin.address() as AddressInfo).port}`;
  [views, browser] = await Promise.all([serveFolder(VIEW_DIR), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await views?.close();
  await new Promise((resolve) => sandboxOrigin?.close(resolve));
});

/** The parts of the container npm start writes that these tests read. */
interface WrittenContainer {
  rules: { actions: { settings: unknown }[] }[];
  extensions: Record<string, { settings: unknown }>;
}

describe("the view sandbox on npm start's rule", () => {
  it('holds the settings the Library Editor shows for the container npm start writes', () => {
    // The sandbox's own reading of the container (GET /editor-container.js): tokens back to {{name}}.
    const hexDecode = createRequire(join(ROOT, 'node_modules/@adobe/reactor-sandbox/package.json'))(
      '@adobe/reactor-token-scripts-edge/src/hexDecode',
    );
    const container = containerSource(GRAPH).replace(
      /getDataElementValue\(reactor([^)]+)\)/g,
      (_, hex) => `{{${hexDecode(hex)}}}`,
    );
    const exported = new Function('module', `${container}; return module.exports;`)({}) as WrittenContainer;
    const action = JSON.parse(entries[ACTION_KEY]);
    const configuration = JSON.parse(entries[CONFIG_KEY]);

    expect(action.settings).toEqual(exported.rules[0].actions[0].settings);
    expect(action.settings).toEqual(actionSettings((name) => `{{${name}}}`));
    expect(action.extensionSettings).toEqual(exported.extensions['meta-capi-forwarder'].settings);
    expect(configuration.settings).toEqual(extensionSettings(GRAPH));
    expect(entries['lastSelectedView/edge/meta-capi-forwarder']).toBe('actions/send-conversions-api-event');
  });

  it('the page stores the entries on the sandbox origin and opens #/viewSandbox', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      await page.goto(`${sandboxUrl}${VIEW_SANDBOX_PRESET_PATH}`);
      await expect.poll(() => page.url(), { timeout: 5000 }).toBe(`${sandboxUrl}/#/viewSandbox`);
      const stored = await page.evaluate(
        (keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])),
        Object.keys(entries),
      );
      expect(stored).toEqual(entries);
    } finally {
      await context.close();
    }
  });

  it('the action view opens filled, valid, with a sendable preview of the Purchase', async () => {
    const view = await openView(browser, views.url, ACTION_VIEW);
    const init = JSON.parse(entries[ACTION_KEY]);
    await view.init(init);
    // The request preview is collapsed until asked for.
    await view.page.getByRole('button', { name: 'Graph API request' }).click();
    const preview = view.page.getByRole('region', { name: 'Graph API request' });
    await preview.waitFor();

    expect(await view.page.getByText('Not sendable as set').count()).toBe(0);
    const text = await preview.innerText();
    expect(text).toContain('/1234567890/events');
    // The rule leaves the event name and emails to the XDM mapping, and says so.
    expect(text).toContain('"event_name": "<Edge event: xdm.eventType (or the commerce measures)>"');
    expect(text).toContain('<SHA-256 of {{firstName}}, normalized>');
    expect(await view.page.getByRole('textbox', { name: /^First name \(fn, hashed\)/ }).inputValue()).toBe(
      '{{firstName}}',
    );
    expect(await view.validate()).toBe(true);
    expect(await view.getSettings()).toEqual(init.settings);
    await view.screenshot('view-sandbox-action.png');
    await view.close();
  });

  it('the configuration view opens with pixel 1234567890 and the stand-in URL, valid', async () => {
    const view = await openView(browser, views.url, CONFIGURATION_VIEW);
    await view.init(JSON.parse(entries[CONFIG_KEY]));
    const pixel = view.page.getByRole('textbox', { name: /^Pixel ID/ });
    await pixel.waitFor();

    expect(await pixel.inputValue()).toBe('1234567890');
    expect(await view.validate()).toBe(true);
    expect(await view.getSettings()).toEqual(extensionSettings(GRAPH));
    await view.close();
  });
});
