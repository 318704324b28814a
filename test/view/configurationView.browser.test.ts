/** The configuration page in headless Chromium, driven through the bridge like the Data Collection UI. */
import { describe, expect, it } from 'vitest';
import { CONFIGURATION_VIEW } from '../../scripts/manifest';
import type { OpenView } from '../support/viewBrowser';
import { axeViolations } from '../support/viewAxe';
import { viewHarness } from '../support/viewHarness';
import { schemaErrors } from '../support/viewSchemas';

const harness = viewHarness(CONFIGURATION_VIEW);
let view: OpenView;

async function open(settings: Record<string, unknown> | null): Promise<OpenView> {
  view = await harness.open({ settings, company: { orgId: 'ORG@AdobeOrg' }, propertySettings: { id: 'PR1' } });
  return view;
}

describe('configuration view in Chromium', () => {
  it('a new configuration: problems inline on both required fields, then saved settings fit the schema', async () => {
    const { page } = await open(null);
    expect(await view.getSettings()).toEqual({});
    expect(await view.validate()).toBe(false);
    const pixel = page.getByRole('textbox', { name: /^Pixel ID/ });
    const token = page.getByRole('textbox', { name: /^Access token(?! for this test)/ });
    await expect.poll(() => pixel.getAttribute('aria-invalid')).toBe('true');
    expect(await token.getAttribute('aria-invalid')).toBe('true');
    // Under the field, and in the summary above the form, which counts them.
    await expect.poll(() => page.getByText(/It is empty\. Copy the pixel ID/).count()).toBe(2);
    await page.getByRole('heading', { name: '2 problems to fix before saving' }).waitFor();
    await view.screenshot('configuration-new-invalid.png');

    await pixel.fill('12ab');
    await page
      .getByText(/digits only/)
      .first()
      .waitFor();
    await pixel.fill('1234567890');
    await view.nextDataElement('{{metaAccessToken}}');
    await page.getByRole('button', { name: 'Select a data element for Access token' }).click();
    await expect.poll(() => token.inputValue()).toBe('{{metaAccessToken}}');
    await page.getByRole('textbox', { name: /^Graph API version/ }).fill('v26.0');
    await page.getByRole('button', { name: 'Advanced' }).click();
    const baseUrl = page.getByRole('textbox', { name: /^Graph API base URL/ });
    await baseUrl.fill('http://example.com');
    expect(await view.validate()).toBe(false);
    await page
      .getByText(/Expected https:\/\//)
      .first()
      .waitFor();
    await baseUrl.fill('https://graph.facebook.com');

    expect(await view.validate()).toBe(true);
    const settings = await view.getSettings();
    expect(settings).toEqual({
      pixelId: '1234567890',
      accessToken: '{{metaAccessToken}}',
      graphApiVersion: 'v26.0',
      graphApiBaseUrl: 'https://graph.facebook.com',
    });
    expect(schemaErrors('configuration', settings)).toEqual([]);
    expect(await view.bridgeCalls()).toEqual([['openDataElementSelector', { tokenize: true }]]);
    await view.screenshot('configuration-filled.png');
    console.info(`configuration view ready ${Math.round(view.readyMs!)} ms after navigation start`);
    await view.close();
  });

  it.each([1280, 800])(
    'at %i px wide: one h1, an intro linking to Meta, and no axe violations, new and filled',
    async (width) => {
      const { page } = await open(null);
      await page.setViewportSize({ width, height: 900 });
      expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['Meta Conversions API']);
      expect(await page.getByRole('main').count()).toBe(1);
      const docs = page.getByRole('link', { name: /Meta's docs/ });
      expect(await docs.getAttribute('href')).toMatch(
        /^https:\/\/developers\.facebook\.com\/docs\/marketing-api\/conversions-api\//,
      );
      await view.screenshot(`configuration-new-${width}.png`);
      expect(await axeViolations(page)).toEqual([]);
      await view.init({ settings: { pixelId: '1234567890', accessToken: '{{Meta token}}' } });
      await view.screenshot(`configuration-filled-${width}.png`);
      expect(await axeViolations(page)).toEqual([]);
      await view.close();
    },
  );

  it('stored settings come back unchanged; a literal secret is masked, a data element is not', async () => {
    const stored = {
      pixelId: '{{pixel}}',
      accessToken: 'EAAB-literal-token',
      appSecret: '{{appSecret}}',
      graphApiBaseUrl: 'http://127.0.0.1:8080',
    };
    const { page } = await open(stored);
    expect(await view.getSettings()).toEqual(stored);
    expect(await page.getByRole('textbox', { name: /^Access token(?! for this test)/ }).getAttribute('type')).toBe(
      'password',
    );
    expect(await page.getByRole('textbox', { name: /^App secret/ }).getAttribute('type')).toBe('text');
    // The Advanced part opens by itself when it holds a value.
    expect(await page.getByRole('textbox', { name: /^Graph API base URL/ }).inputValue()).toBe('http://127.0.0.1:8080');
    expect(await view.validate()).toBe(true);
    await view.close();
  });

  it('a cancelled data-element selector changes nothing; a picked one is appended at the caret', async () => {
    const { page } = await open({ pixelId: '123', accessToken: '{{t}}' });
    const button = page.getByRole('button', { name: 'Select a data element for Graph API version' });
    await view.nextDataElement(undefined);
    await button.click();
    await expect.poll(async () => (await view.bridgeCalls()).length).toBe(1);
    expect(await view.getSettings()).toEqual({ pixelId: '123', accessToken: '{{t}}' });
    // A token-only kind would replace; free text gets the token where the caret was.
    const version = page.getByRole('textbox', { name: /^Graph API version/ });
    await version.fill('v27.0');
    await version.evaluate((input: HTMLInputElement) => input.setSelectionRange(1, 1));
    await view.nextDataElement('{{major}}');
    await button.click();
    await expect.poll(() => version.inputValue()).toBe('v{{major}}27.0');
    await view.close();
  });
});
