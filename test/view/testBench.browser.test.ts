/**
 * The test bench in headless Chromium: the action view with the test bridge, Meta's Graph API
 * stood in by the local stand-in (which answers browsers as Meta's Graph API does). Everything
 * is reached through the labels a marketer sees.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { ACTION_VIEW, ROOT } from '../../scripts/manifest';
import { axeViolations } from '../support/viewAxe';
import type { OpenView } from '../support/viewBrowser';
import { viewHarness } from '../support/viewHarness';

const TOKEN = 'EAAB-browser-test-token-7f3a';
const PIXEL = '1234567890';
const harness = viewHarness(ACTION_VIEW);
let standIn: GraphStandIn;

beforeAll(async () => {
  standIn = await startGraphStandIn({ validTokens: [TOKEN], pixels: { [PIXEL]: { name: 'Shop pixel' } } });
});
afterAll(() => standIn?.close());

async function open(settings: Record<string, unknown> | null, pixelId = PIXEL): Promise<OpenView> {
  const view = await harness.open({
    settings,
    extensionSettings: { pixelId, accessToken: '{{Meta CAPI token}}', graphApiBaseUrl: standIn.url },
  });
  // The page may reach the stand-in (as it would reach graph.facebook.com); nothing else leaves.
  await view.context.route(`${standIn.url}/**`, (route) => route.continue());
  await section(view.page).waitFor();
  return view;
}

const section = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Payload preview' }) });
const eventBox = (page: Page) => page.getByRole('textbox', { name: 'Edge event (JSON)' });
const outcome = (page: Page) => section(page).locator('.outcome');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A pasted Edge event or request, as JSON (tests read and edit its fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON
type Json = any;

async function pickSample(page: Page, label: string): Promise<Json> {
  await page.getByRole('button', { name: 'Insert a sample event' }).click();
  await page.getByRole('menuitem', { name: label }).click();
  await outcome(page).waitFor();
  return JSON.parse(await eventBox(page).inputValue());
}

/** The request the preview shows, opened first when it is collapsed. */
async function shownRequest(page: Page): Promise<Json> {
  const region = page.getByRole('region', { name: 'Graph API request' });
  if (!(await region.count())) await page.getByRole('button', { name: 'Graph API request' }).click();
  const text = await region.innerText();
  return JSON.parse(text.slice(text.indexOf('{')));
}

/** Chromium logs every answer with an error status; for the errors Meta is scripted to give, that is expected. */
function expectLoggedErrors(view: OpenView, statuses: number[]): void {
  const expected = new RegExp(
    `^Failed to load resource: the server responded with a status of (${statuses.join('|')}) `,
  );
  const others = view.pageErrors.filter((e) => !expected.test(e));
  expect(view.pageErrors.length).toBeGreaterThan(others.length);
  view.pageErrors.splice(0, view.pageErrors.length, ...others);
}

async function shoot(locator: Locator, name: string): Promise<void> {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  await locator.screenshot({ path: join(ROOT, 'test-artifacts', name) });
}

describe('the test bench in Chromium', () => {
  it('loads on first use: not with the form, but when the Edge event box is used', async () => {
    const loaded: string[] = [];
    const view = await harness.open({ settings: null, extensionSettings: { pixelId: PIXEL, accessToken: 't' } });
    view.page.on('request', (r) => loaded.push(r.url()));
    await section(view.page).waitFor();
    await eventBox(view.page).waitFor();
    expect(loaded.filter((u) => /TestBench/.test(u))).toEqual([]);
    await eventBox(view.page).focus();
    await expect.poll(() => loaded.filter((u) => /\/chunks\/TestBench-[\w-]+\.js$/.test(u)).length).toBe(1);
    await view.close();
  });

  it('without an event, a blank form says the match keys depend on the event', async () => {
    const view = await open(null);
    const keys = view.page.getByRole('region', { name: 'Match keys estimate' });
    await keys.getByRole('heading', { name: /^Match keys: depends on the event/ }).waitFor();
    expect(await keys.innerText()).not.toContain('Likely to match well');
    await view.close();
  });

  it.each([1280, 800])(
    'at %i px: a pasted Web SDK purchase gives the real request, hashed, each value with its source',
    async (width) => {
      const view = await open({ xdmMapping: { enabled: true }, userData: { external_id: '{{Customer ID}}' } });
      const { page } = view;
      await page.setViewportSize({ width, height: 900 });
      const pasted = await pickSample(page, 'Web SDK purchase');
      const email = pasted.events[0].xdm.identityMap.Email[0].id as string;
      const hash = sha256(email.trim().toLowerCase());

      expect(await outcome(page).innerText()).toBe('Would be sent: Purchase (event ID ORD-2048), to pixel 1234567890.');
      const table = section(page).getByRole('table', { name: /What would be sent/ });
      const row = (parameter: string) =>
        table.getByRole('row', { name: new RegExp(`^${parameter.replace('.', '\\.')} `) });
      expect(await row('user_data.em').innerText()).toMatch(
        new RegExp(`${hash}\\s+Edge event: xdm\\.identityMap\\.Email\\[\\]\\.id`),
      );
      expect(await row('event_name').innerText()).toMatch(/Purchase\s+Edge event: xdm\.eventType/);
      // A data element without a test value stays marked by name; with one, its value is hashed and sent.
      expect(await row('user_data.external_id').innerText()).toMatch(
        /data element \{\{Customer ID\}\} \(no test value\)/,
      );
      await page.getByRole('textbox', { name: 'Test value for {{Customer ID}}' }).fill('CUST-42');
      await expect.poll(() => row('user_data.external_id').innerText()).toContain(sha256('CUST-42'));
      // The match keys come from the real values.
      const keys = page.getByRole('region', { name: 'Match keys estimate' });
      await keys.getByRole('heading', { name: /^Match keys: Likely to match well/ }).waitFor();
      expect(await keys.innerText()).toContain("the Edge event's xdm.identityMap.Email[].id");
      const request = await shownRequest(page);
      expect(request.data[0].user_data.em).toBe(hash);
      expect(request.access_token).toBe('<hidden>');
      await shoot(section(page), `testbench-web-purchase-${width}.png`);
      expect(await axeViolations(page)).toEqual([]);
      await view.close();
    },
  );

  it.each([1280, 800])('at %i px: a refused event and a skipped one say so, in one line first', async (width) => {
    const view = await open({ xdmMapping: { enabled: true } });
    const { page } = view;
    await page.setViewportSize({ width, height: 900 });
    const pasted = await pickSample(page, 'Web SDK purchase');
    const xdm = pasted.events[0].xdm;
    delete xdm.commerce.order.currencyCode;
    for (const item of [...xdm.productListItems, ...xdm.commerce.order.payments]) delete item.currencyCode;
    await eventBox(page).fill(JSON.stringify(pasted, null, 2));
    await expect
      .poll(() => outcome(page).innerText())
      .toMatch(/^Would be refused: Currency \(customData\.currency\): a Purchase needs the currency of its value\./);
    await shoot(section(page), `testbench-refused-${width}.png`);
    expect(await axeViolations(page)).toEqual([]);
    // A refused event has nothing to send.
    expect(await page.getByRole('button', { name: 'Send test event' }).count()).toBe(0);
    await view.close();

    const skipping = await open({ xdmMapping: { enabled: true }, consent: { value: 'no' } });
    await pickSample(skipping.page, 'Web SDK purchase');
    expect(await outcome(skipping.page).innerText()).toMatch(/^Would be skipped: consent denied: Advertising consent/);
    expect(await skipping.page.getByRole('button', { name: 'Send test event' }).count()).toBe(0);
    await skipping.close();
  });

  it('states an outcome for every sample, and a JSON mistake under the box with its position', async () => {
    const view = await open({ xdmMapping: { enabled: true } });
    const { page } = view;
    for (const label of ['Lead form (Web SDK)', 'Mobile SDK purchase (iOS)', 'Add to cart, consent denied']) {
      await pickSample(page, label);
      expect(await outcome(page).innerText(), label).toMatch(/^Would be (sent|refused|skipped): \S/);
    }
    await eventBox(page).fill('{"events": [\n  {"xdm": }\n]}');
    await page.getByText(/^It is not valid JSON at line 2, column 11\./).waitFor();
    expect(await eventBox(page).getAttribute('aria-invalid')).toBe('true');
    expect(await outcome(page).count()).toBe(0);
    await view.close();
  });

  it.each([1280, 800])(
    "at %i px: Send test event posts the previewed body with test_event_code, and shows Meta's answer",
    async (width) => {
      const view = await open({ xdmMapping: { enabled: true }, testEventCode: 'TEST123' });
      const { page } = view;
      await page.setViewportSize({ width, height: 900 });
      await pickSample(page, 'Web SDK purchase');
      const shown = await shownRequest(page);
      expect(await page.getByRole('textbox', { name: /^Test code for this test/ }).inputValue()).toBe('TEST123');
      await page.getByRole('textbox', { name: /^Access token for this test/ }).fill(TOKEN);
      const before = standIn.requests.length;
      await page.getByRole('button', { name: 'Send test event' }).click();
      const answer = section(page).locator('.meta-answer--ok');
      await answer.waitFor();
      expect(standIn.requests.length).toBe(before + 1);
      const received = standIn.requests.at(-1)!;
      expect(received).toMatchObject({ method: 'POST', path: `/v27.0/${PIXEL}/events`, search: '', token: TOKEN });
      expect(received.body.data).toEqual(shown.data);
      expect(received.body.test_event_code).toBe('TEST123');
      expect(await answer.innerText()).toMatch(
        /^Meta received the test event: events_received 1, fbtrace_id \S+\.\s+In Meta Events Manager, open your pixel and select Test events: .*under test code TEST123/s,
      );
      await shoot(section(page).locator('.send-test'), `testbench-meta-answer-${width}.png`);
      expect(await axeViolations(page)).toEqual([]);
      await view.close();
    },
  );

  it("shows Meta's error bodies with their codes and fix: an invalid token, a wrong pixel", async () => {
    const cases: [string, string, RegExp][] = [
      [
        PIXEL,
        'EAAB-expired-token',
        /\(HTTP 401, code 190\).*\sWhat to do: The access token is invalid, expired or revoked/s,
      ],
      ['999', TOKEN, /\(HTTP 400, code 100, subcode 33\).*\sWhat to do: Meta finds no pixel or dataset/s],
    ];
    for (const [pixelId, token, expected] of cases) {
      const view = await open({ xdmMapping: { enabled: true }, testEventCode: 'TEST123' }, pixelId);
      const { page } = view;
      await pickSample(page, 'Web SDK purchase');
      await page.getByRole('textbox', { name: /^Access token for this test/ }).fill(token);
      await page.getByRole('button', { name: 'Send test event' }).click();
      const error = section(page).locator('.meta-answer--error');
      await error.waitFor();
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await error.innerText()).toMatch(expected);
      await shoot(section(page).locator('.send-test'), `testbench-meta-error-${pixelId}.png`);
      expectLoggedErrors(view, [400, 401]);
      await view.close();
    }
  });

  it('asks for what a test needs, and announces it: a token, a test code, test values for data elements', async () => {
    const view = await open({ xdmMapping: { enabled: true }, userData: { external_id: '{{Customer ID}}' } });
    const { page } = view;
    await pickSample(page, 'Web SDK purchase');
    const send = page.getByRole('button', { name: 'Send test event' });
    await send.click();
    await section(page)
      .getByRole('alert')
      .getByText(/^Give \{\{Customer ID\}\} a test value under Data elements first/)
      .waitFor();
    await page.getByRole('textbox', { name: 'Test value for {{Customer ID}}' }).fill('CUST-42');
    await send.click();
    await section(page)
      .getByRole('alert')
      .getByText('Enter an access token for this test. Enter the test event code', { exact: false })
      .waitFor();
    expect(await page.getByRole('textbox', { name: /^Access token for this test/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.getByRole('textbox', { name: /^Test code for this test/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await view.close();
  });

  it('keeps the token out of the settings, storage, markup and every message, and forgets it on close', async () => {
    const view = await open({ xdmMapping: { enabled: true }, testEventCode: 'TEST123' });
    const { page } = view;
    await pickSample(page, 'Web SDK purchase');
    const field = page.getByRole('textbox', { name: /^Access token for this test/ });
    await field.fill(TOKEN);
    expect(await field.getAttribute('type')).toBe('password');
    // Meta (or anything between) echoing the token in an error: the view never shows it.
    standIn.script({
      kind: 'reply',
      status: 400,
      body: { error: { message: `Invalid token ${TOKEN}`, type: 'OAuthException', code: 190, fbtrace_id: 'T1' } },
    });
    await page.getByRole('button', { name: 'Send test event' }).click();
    const error = section(page).locator('.meta-answer--error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Invalid token [redacted]');
    const traces = async () => ({
      settings: JSON.stringify(await view.getSettings()),
      storage: await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
      markup: await page.content(),
      text: await page.locator('body').innerText(),
    });
    for (const [where, text] of Object.entries(await traces())) expect(text, where).not.toContain(TOKEN);
    // The page going away clears it; a new init (the view opened again) starts without it.
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await field.inputValue()).toBe('');
    await field.fill(TOKEN);
    await view.init({
      settings: { xdmMapping: { enabled: true } },
      extensionSettings: { pixelId: PIXEL, accessToken: 't', graphApiBaseUrl: standIn.url },
    });
    await outcome(page).waitFor();
    expect(await page.evaluate((t) => [...document.querySelectorAll('input')].some((i) => i.value === t), TOKEN)).toBe(
      false,
    );
    for (const [where, text] of Object.entries(await traces())) expect(text, where).not.toContain(TOKEN);
    expectLoggedErrors(view, [400]);
    await view.close();
  });

  it('is used with the keyboard alone: the sample menu, the fields, the button', async () => {
    const view = await open({ xdmMapping: { enabled: true }, testEventCode: 'TEST123' });
    const { page } = view;
    await eventBox(page).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Insert a sample event');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Web SDK purchase' }).waitFor();
    await page.keyboard.press('Enter');
    await outcome(page).waitFor();
    expect(JSON.parse(await eventBox(page).inputValue())).toHaveProperty('events');
    await page.getByRole('textbox', { name: /^Access token for this test/ }).focus();
    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send test event');
    await page.keyboard.press('Enter');
    await section(page).locator('.meta-answer--ok').waitFor();
    await view.close();
  });
});
