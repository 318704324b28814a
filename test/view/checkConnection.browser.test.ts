/**
 * "Check connection" in the configuration view, in headless Chromium, against the Graph
 * stand-in (which answers browsers as Meta's Graph API does).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURCHASE_FIGURES } from './metaFigures';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { CONFIGURATION_VIEW, ROOT } from '../../scripts/manifest';
import { axeViolations } from '../support/viewAxe';
import type { OpenView } from '../support/viewBrowser';
import { viewHarness } from '../support/viewHarness';

const TOKEN = 'EAAB-check-connection-token-91c2';
const NO_QUALITY_TOKEN = 'EAAB-system-user-without-ads-read';
const harness = viewHarness(CONFIGURATION_VIEW);
let standIn: GraphStandIn;

beforeAll(async () => {
  standIn = await startGraphStandIn({
    validTokens: [TOKEN, NO_QUALITY_TOKEN],
    pixels: {
      '1234567890': { name: 'Shop pixel', lastFiredTime: '2026-11-27T10:00:00+0000' },
      '2222222222': { name: 'Agency pixel' },
    },
    pixelTokens: { '2222222222': ['EAAB-someone-else'] },
    qualityTokens: [TOKEN],
    quality: { '1234567890': [PURCHASE_FIGURES] },
  });
});
afterAll(() => standIn?.close());

async function open(settings: Record<string, unknown>): Promise<OpenView> {
  const view = await harness.open({
    settings: { accessToken: '{{Meta CAPI token}}', graphApiBaseUrl: standIn.url, ...settings },
  });
  await view.context.route(`${standIn.url}/**`, (route) => route.continue());
  return view;
}

const tokenField = (page: Page) => page.getByRole('textbox', { name: /^Access token for this test/ });
const section = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Connection test' }) });

async function check(page: Page, token: string | undefined): Promise<string> {
  if (token !== undefined) await tokenField(page).fill(token);
  await page.getByRole('button', { name: 'Check connection' }).click();
  const result = section(page).locator('.meta-answer');
  await result.waitFor();
  return result.innerText();
}

/** Chromium logs every answer with an error status; for the errors Meta is scripted to give, that is expected. */
function expectLoggedErrors(view: OpenView): void {
  const others = view.pageErrors.filter(
    (e) => !/^Failed to load resource: the server responded with a status of 4\d\d /.test(e),
  );
  view.pageErrors.splice(0, view.pageErrors.length, ...others);
}

describe('Check connection in Chromium', () => {
  it("names the pixel the token can use, and shows Meta's figures for its events", async () => {
    const view = await open({ pixelId: '1234567890' });
    const { page } = view;
    const text = await check(page, TOKEN);
    expect(text).toMatch(/^Connected: this access token can use pixel "Shop pixel" \(1234567890\)\./);
    const figures = section(page).getByRole('table', { name: "Meta's figures, by event" });
    expect(await figures.getByRole('row', { name: /^Purchase/ }).innerText()).toMatch(
      /^Purchase\s+8\.1 \/ 10\s+email 97\.5 %, ip address 100 %\s+event_id: on 100 % of server and 98 % of browser events, 91\.2 % of browser events de-duplicated$/,
    );
    expect(await section(page).getByRole('heading', { name: "Meta's figures for this pixel" }).count()).toBe(1);
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
      await section(page).screenshot({ path: join(ROOT, 'test-artifacts', `connection-ok-${width}.png`) });
    }
    expect(await axeViolations(page)).toEqual([]);
    await view.close();
  });

  it.each([1280, 800])('at %i px: a failed check says exactly what is wrong, with the fix', async (width) => {
    const view = await open({ pixelId: '1234567890' });
    const { page } = view;
    await page.setViewportSize({ width, height: 900 });
    const text = await check(page, 'EAAB-expired-token');
    expect(text).toMatch(
      /^Not connected\. Meta answered with an error \(HTTP 401, code 190\): Invalid OAuth access token/,
    );
    expect(text).toMatch(/What to do: The access token is invalid, expired or revoked\. Generate a new access token/);
    expect(await section(page).locator('.meta-answer').getAttribute('role')).toBe('alert');
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', `connection-failed-${width}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expectLoggedErrors(view);
    await view.close();
  });

  it('tells an unknown pixel, one the token may not use, a wrong ID, a token without quality access', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { pixelId: '999' },
        TOKEN,
        /code 100, subcode 33.*What to do: Meta finds no pixel or dataset 999 that this token may use/s,
      ],
      [{ pixelId: '2222222222' }, TOKEN, /subcode 33.*no pixel or dataset 2222222222 that this token may use/s],
      [{ pixelId: '12ab' }, TOKEN, /^Pixel ID \(pixelId\): .*digits.*What to do: Correct it above/s],
      [{ pixelId: '{{Pixel}}' }, TOKEN, /^Pixel ID is a data element \(\{\{Pixel\}\}\).*Enter the Pixel ID itself/s],
    ];
    for (const [settings, token, expected] of cases) {
      const view = await open(settings);
      expect(await check(view.page, token), JSON.stringify(settings)).toMatch(expected);
      expectLoggedErrors(view);
      await view.close();
    }
    const view = await open({ pixelId: '1234567890' });
    const text = await check(view.page, NO_QUALITY_TOKEN);
    expect(text).toMatch(/^Connected: /);
    expect(text).toMatch(
      /Not available with this token\. Meta answered with an error \(HTTP 400, code 10\).*ads_read/s,
    );
    expectLoggedErrors(view);
    await view.close();
  });

  it('asks for a token first, announced; the token stays out of the settings, the storage and the markup', async () => {
    const view = await open({ pixelId: '1234567890' });
    const { page } = view;
    await page.getByRole('button', { name: 'Check connection' }).click();
    await section(page).getByRole('alert').getByText('Enter an access token to check the connection with.').waitFor();
    expect(await tokenField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await tokenField(page).getAttribute('type')).toBe('password');
    await check(page, TOKEN);
    const traces = {
      settings: JSON.stringify(await view.getSettings()),
      storage: await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
      markup: await page.content(),
    };
    for (const [where, text] of Object.entries(traces)) expect(text, where).not.toContain(TOKEN);
    expect(await view.getSettings()).toEqual({
      pixelId: '1234567890',
      accessToken: '{{Meta CAPI token}}',
      graphApiBaseUrl: standIn.url,
    });
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await tokenField(page).inputValue()).toBe('');
    await view.close();
  });
});
