/** The "Send Conversions API Event" page in headless Chromium, driven through the bridge. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash/sha256';
import { SERVER_EVENT_FIELDS } from '../../src/core/settings/serverEventFields';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { eventNote, LEFT_ALONE_NOTE } from '../../src/view/form/texts';
import { ACTION_VIEW } from '../../scripts/manifest';
import type { OpenView } from '../support/viewBrowser';
import type { TestWindow } from '../support/viewBridge';
import { viewHarness } from '../support/viewHarness';
import { schemaErrors } from '../support/viewSchemas';

const EXTENSION_SETTINGS = { pixelId: '1234567890', accessToken: 'EAAB-secret-token-value' };
const harness = viewHarness(ACTION_VIEW);

function open(settings: Record<string, unknown> | null): Promise<OpenView> {
  return harness.open({
    settings,
    extensionSettings: EXTENSION_SETTINGS,
    company: { orgId: 'ORG@AdobeOrg' },
    propertySettings: { id: 'PR1' },
  });
}

const textbox = (page: Page, name: RegExp) => page.getByRole('textbox', { name });
const invalid = (page: Page, name: RegExp) => textbox(page, name).getAttribute('aria-invalid');
/** The request the preview shows, opened first when it is collapsed. */
async function previewText(page: Page): Promise<string> {
  const region = page.getByRole('region', { name: 'Graph API request' });
  if (!(await region.count())) await page.getByRole('button', { name: 'Graph API request' }).click();
  return region.innerText();
}
/** A field's part of the page: its control, help, note and problem. */
const fieldOf = (page: Page, id: string) => page.locator(`[data-field-id="${id}"]`);
/** The picker's own button (not its data-element button). */
const picker = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(label) }).and(page.locator('[aria-haspopup="listbox"]'));

describe('action view in Chromium', () => {
  it('a new action maps the XDM event: valid as it opens, each blank field says where it will come from', async () => {
    const view = await open(null);
    const { page } = view;
    expect(await view.getSettings()).toEqual({ xdmMapping: { enabled: true } });
    expect(await view.validate()).toBe(true);
    expect(await page.getByText('Not sendable as set').count()).toBe(0);
    // Customer information waits in groups whose titles say what the event fills.
    await page.getByRole('button', { name: /^Contact · none set, 7 from the event$/ }).click();
    const emailNote = eventNote(USER_DATA_FIELDS.em.fromEvent!, false);
    await fieldOf(page, USER_DATA_FIELDS.em.id).getByText(emailNote, { exact: true }).waitFor();
    await fieldOf(page, SERVER_EVENT_FIELDS.event_name.id)
      .getByText(eventNote(SERVER_EVENT_FIELDS.event_name.fromEvent!, false), { exact: true })
      .waitFor();
    // The XDM path is there on demand, with the section's details.
    await page.getByRole('button', { name: 'Field details' }).nth(1).click();
    await fieldOf(page, USER_DATA_FIELDS.em.id)
      .getByText(eventNote(USER_DATA_FIELDS.em.fromEvent!, true), { exact: true })
      .waitFor();
    const preview = await previewText(page);
    expect(preview).toContain('"event_name": "<Edge event: xdm.eventType (or the commerce measures)>"');
    expect(preview).toContain(
      `"em": "<SHA-256 of the Edge event's ${USER_DATA_FIELDS.em.fromEvent!.describe}, normalized>"`,
    );
    await view.screenshot('action-new-mapped.png');

    // One list of the mapped parameters leaves any of them to the settings alone.
    await page.getByRole('button', { name: /^XDM mapping options/ }).click();
    await page.getByRole('checkbox', { name: 'Email (em)' }).uncheck();
    await fieldOf(page, USER_DATA_FIELDS.em.id).getByText(LEFT_ALONE_NOTE).waitFor();
    expect(await view.getSettings()).toEqual({ xdmMapping: { enabled: true, exclude: 'em' } });
    expect(await previewText(page)).not.toContain('identityMap.Email');
    await page.getByRole('checkbox', { name: 'Email (em)' }).check();
    expect(await view.getSettings()).toEqual({ xdmMapping: { enabled: true } });
    await view.screenshot('action-new-mapped-after-toggle.png');
  });

  it('with the mapping off: problems inline, then a filled form saves settings that fit the schema', async () => {
    const view = await open(null);
    const { page } = view;
    await page.getByRole('checkbox', { name: /^Fill blank fields from the XDM event/ }).uncheck();
    expect(await view.validate()).toBe(false);
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Event name/ }).getAttribute('aria-invalid'))
      .toBe('true');
    await page.getByText('Not sendable as set').waitFor();
    await view.screenshot('action-unmapped-invalid.png');

    // Server Event Parameters
    await page.getByRole('combobox', { name: /^Event name/ }).fill('Purchase');
    await page.keyboard.press('Escape');
    await picker(page, 'Action source').click();
    await page.getByRole('option', { name: 'Website' }).click();
    // The list closes with an animation that covers the fields under it; on a loaded machine it takes a while.
    await expect.poll(() => page.getByRole('listbox').count(), { timeout: 10_000 }).toBe(0);
    await textbox(page, /^Event source URL/).fill('https://shop.example.com/checkout');
    await view.nextDataElement('{{orderId}}');
    await page.getByRole('button', { name: 'Select a data element for Event ID' }).click();
    await expect.poll(() => textbox(page, /^Event ID/).inputValue()).toBe('{{orderId}}');
    await page.getByRole('checkbox', { name: 'Enable Limited Data Use' }).check();
    await textbox(page, /^LDU country/).fill('1');
    await textbox(page, /^LDU state/).fill('1000');
    // Customer information
    await page.getByRole('button', { name: /^Contact/ }).click();
    await textbox(page, /^Email \(em, hashed\)/).fill('Jane.Doe@Example.com');
    await textbox(page, /^Phone \(ph, hashed\)/).fill('123');
    await view.nextDataElement('{{fbp}}');
    await page.getByRole('button', { name: /^Click and browser IDs/ }).click();
    await page.getByRole('button', { name: /^Select a data element for Browser ID \(fbp/ }).click();
    // Test event
    await page.getByRole('checkbox', { name: 'Send as Test Event' }).check();

    // A Purchase without value and currency, a short phone, no test code: four problems inline.
    expect(await view.validate()).toBe(false);
    await expect.poll(() => invalid(page, /^Value/)).toBe('true');
    expect(await invalid(page, /^Currency/)).toBe('true');
    expect(await invalid(page, /^Phone/)).toBe('true');
    expect(await invalid(page, /^Test event code/)).toBe('true');
    await fieldOf(page, 'customData.value')
      .getByText(/A Purchase needs a value\. Enter the order total/)
      .waitFor();
    await page.getByRole('heading', { name: '4 problems to fix before saving' }).waitFor();

    await textbox(page, /^Phone/).fill('+1 (650) 555-1212');
    await textbox(page, /^Value/).fill('{{orderTotal}}');
    await textbox(page, /^Currency/).fill('usd');
    await textbox(page, /^Content IDs/).fill('sku-1');
    await textbox(page, /^Test event code/).fill('TEST123');
    expect(await view.validate()).toBe(true);

    const settings = await view.getSettings();
    expect(settings).toEqual({
      xdmMapping: { enabled: false },
      serverEvent: {
        event_name: 'Purchase',
        event_source_url: 'https://shop.example.com/checkout',
        event_id: '{{orderId}}',
        action_source: 'website',
      },
      limitedDataUse: { enabled: true, country: 1, state: 1000 },
      userData: { em: 'Jane.Doe@Example.com', ph: '+1 (650) 555-1212', fbp: '{{fbp}}' },
      customData: { value: '{{orderTotal}}', currency: 'usd', content_ids: ['sku-1'] },
      testEventCode: 'TEST123',
    });
    expect(schemaErrors('action', settings)).toEqual([]);

    // The preview: the library's hashing, placeholders for data elements, never the token.
    const preview = await previewText(page);
    expect(preview).toContain('POST https://graph.facebook.com/');
    expect(preview).toContain(sha256Hex('jane.doe@example.com'));
    expect(preview).toContain(sha256Hex('16505551212'));
    expect(preview).toContain('"value": "{{orderTotal}}"');
    expect(preview).toContain('"currency": "USD"');
    expect(preview).toContain('"access_token": "<hidden>"');
    expect(await page.content()).not.toContain(EXTENSION_SETTINGS.accessToken);
    await view.screenshot('action-filled.png');
    console.info(`action view ready ${Math.round(view.readyMs!)} ms after navigation start`);
    await view.close();
  });

  it('stored values the form cannot show exactly come back unchanged', async () => {
    const stored = {
      pixelId: '{{otherPixel}}',
      serverEvent: {
        event_name: 'Lead',
        action_source: '{{source}}',
        event_time: Math.floor(Date.now() / 1000) - 3600,
        opt_out: false,
        messaging_channel: 'whatsapp',
        app_data: { advertiser_tracking_enabled: 1 },
      },
      limitedDataUse: { enabled: false },
      userData: { em: ['a@b.com', 'c@d.com'], zp: 94025, ph: [16505551212], external_id: '{{customerId}}' },
      customData: { currency: 'EUR', value: 3, contents: [{ id: 'x', quantity: 1 }] },
      testEventCode: '{{testCode}}',
    };
    const view = await open(stored);
    expect(await view.getSettings()).toStrictEqual(stored);
    expect(await view.validate()).toBe(true);
    // A list stays a list when edited.
    await textbox(view.page, /^Email/).fill('a@b.com, e@f.com');
    expect(((await view.getSettings()).userData as Record<string, unknown>).em).toEqual(['a@b.com', 'e@f.com']);
    // Booleans given as strings and data elements in pickers and checkboxes.
    const strings = {
      serverEvent: { event_name: 'Lead', action_source: 'website', opt_out: 'true' },
      limitedDataUse: { enabled: '{{ldu}}', country: '1', state: '{{state}}' },
    };
    await view.init({ settings: strings, extensionSettings: EXTENSION_SETTINGS });
    expect(await view.getSettings()).toStrictEqual(strings);
    expect(await view.page.getByRole('checkbox', { name: /^Opt out/ }).isChecked()).toBe(true);
    expect(await textbox(view.page, /^Action source/).count()).toBe(0); // the picker shows "website"
    expect(await textbox(view.page, /^Enable Limited Data Use/).inputValue()).toBe('{{ldu}}');
    await view.close();
  });

  it('a problem in a collapsed part opens it; a data element replaces a picker value', async () => {
    const view = await open({
      serverEvent: { event_name: 'Lead', action_source: 'website' },
      accessToken: '{{token}}',
    });
    const { page } = view;
    // The override part is open because it holds a value; the location group is closed.
    await textbox(page, /^Access token \(override\)/).waitFor();
    expect(await textbox(page, /^City/).count()).toBe(0);
    await view.page.evaluate(() =>
      (window as unknown as TestWindow).__view.init({
        settings: { serverEvent: { event_name: 'Lead', action_source: 'website' }, userData: { country: 'Atlantis' } },
      }),
    );
    expect(await view.validate()).toBe(false);
    await expect.poll(() => invalid(page, /^Country \(country, hashed\)/)).toBe('true');

    await view.nextDataElement('{{source}}');
    await page.getByRole('button', { name: 'Select a data element for Action source' }).click();
    await expect.poll(() => textbox(page, /^Action source/).inputValue()).toBe('{{source}}');
    expect(((await view.getSettings()).serverEvent as Record<string, unknown>).action_source).toBe('{{source}}');
    // Clearing the data element, or the explicit action, brings the picker back.
    await textbox(page, /^Action source/).fill('');
    await picker(page, 'Action source').waitFor();
    await view.nextDataElement('{{source}}');
    await page.getByRole('button', { name: 'Select a data element for Action source' }).click();
    await page.getByRole('button', { name: 'Choose from the list instead for Action source' }).click();
    await picker(page, 'Action source').waitFor();
    expect(((await view.getSettings()).serverEvent as Record<string, unknown>).action_source).toBeUndefined();

    // Adobe's code editor: what it returns replaces the JSON; cancelling keeps it.
    const edited = '{"currency": "EUR", "value": 5}';
    const editor = page.getByRole('button', { name: 'Open Other custom data (JSON) in the code editor' });
    await page.evaluate((code) => void ((window as unknown as TestWindow).__bridge.nextCode = code), edited);
    await editor.click();
    await expect.poll(() => textbox(page, /^Other custom data/).inputValue()).toBe(edited);
    await page.evaluate(() => void ((window as unknown as TestWindow).__bridge.nextCode = undefined));
    await editor.click();
    await expect
      .poll(async () => (await view.bridgeCalls()).filter(([name]) => name === 'openCodeEditor'))
      .toEqual([
        ['openCodeEditor', { code: '', language: 'json' }],
        ['openCodeEditor', { code: edited, language: 'json' }],
      ]);
    expect((await view.getSettings()).customData).toEqual({ currency: 'EUR', value: 5 });
    await view.close();
  });
});
