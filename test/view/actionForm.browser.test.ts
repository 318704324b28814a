/**
 * What the action form says, and how it is used by keyboard, in Chromium: the mapping box as
 * the action runs it, every problem after one failed save with the first one focused, choices
 * in words, the way back from a data element, axe with data elements in every kind of field,
 * and the tab stops and words of a new action. Screenshots at 1280 and 800 px.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION_VIEW } from '../../scripts/manifest';
import { CONSENT_FORM as CONSENT_FIELDS } from '../../src/core/settings/form/actionForm';
import { SERVER_EVENT_FORM as SERVER_EVENT_FIELDS } from '../../src/core/settings/form/serverEventForm';
import { optionWords } from '../../src/view/form/texts';
import { axeViolations } from '../support/viewAxe';
import type { OpenView } from '../support/viewBrowser';
import {
  DATA_ELEMENTS_EVERYWHERE,
  EXTENSION_SETTINGS,
  PURCHASE_RULE,
  PURCHASE_RULE_WITH_DATA_ELEMENTS,
} from '../support/viewFixtures';
import { viewHarness } from '../support/viewHarness';
import { tabStops, visibleWords } from '../support/viewMeasures';

const harness = viewHarness(ACTION_VIEW);

async function open(settings: Record<string, unknown> | null, width = 1280): Promise<OpenView> {
  const view = await harness.open({ settings, extensionSettings: EXTENSION_SETTINGS });
  await view.page.setViewportSize({ width, height: 900 });
  await view.page.getByRole('heading', { name: 'Payload preview' }).waitFor();
  return view;
}

const mappingBox = (page: Page) => page.getByRole('checkbox', { name: 'Fill blank fields from the XDM event' });
const picker = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(label) }).and(page.locator('[aria-haspopup="listbox"]'));
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement!;
    const box = element.getBoundingClientRect();
    const field = element.closest('[data-field-id]')?.getAttribute('data-field-id');
    return { field, inView: box.top >= 0 && box.bottom <= window.innerHeight };
  });
/** The texts an element's aria-describedby points at. */
const description = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s)!;
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  }, selector);
/** An element's text without what only assistive technology reads. */
const visibleText = (locator: Locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent?.trim();
  });
/** Opens every collapsed group and shows every section's field details. */
async function openEverything(page: Page): Promise<void> {
  for (const details of await page.getByRole('button', { name: 'Field details' }).all()) await details.click();
  const closed = page.locator('.group h3 button[aria-expanded="false"]');
  while (await closed.count()) await closed.first().click();
}

describe('the action form in Chromium', () => {
  it('an action saved before the mapping setting existed shows it on; unticking saves it off', async () => {
    const view = await open({ serverEvent: { event_name: 'Lead' } });
    const { page } = view;
    expect(await mappingBox(page).isChecked()).toBe(true);
    // No note says "not filled" while the action fills them.
    expect(await page.getByText(/Not filled from the event/).count()).toBe(0);
    await mappingBox(page).uncheck();
    expect(await view.getSettings()).toEqual({ serverEvent: { event_name: 'Lead' }, xdmMapping: { enabled: false } });
    await page.getByText(/^Off: only what every Edge event carries fills blank fields/).waitFor();
    await mappingBox(page).check();
    expect((await view.getSettings()).xdmMapping).toEqual({ enabled: true });

    await view.init({ settings: { xdmMapping: { enabled: 'false' } }, extensionSettings: EXTENSION_SETTINGS });
    expect(await mappingBox(page).isChecked()).toBe(false);
    await view.close();
  });

  it.each([1280, 800])(
    'at %i px, one failed save shows every problem, counts them and focuses the first, a picker at the top',
    async (width) => {
      const view = await open(
        {
          xdmMapping: { enabled: false },
          serverEvent: { event_name: 'Purchase', app_data: '{"advertiser_tracking_enabled": }' },
          limitedDataUse: { enabled: true, country: 'US' },
          userData: { em: 'not-an-email' },
          customData: { value: 'ten', currency: 'USD' },
        },
        width,
      );
      const { page } = view;
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await view.validate()).toBe(false);
      // Reading order: the empty Action source comes first, though a picker.
      expect(await focused(page)).toEqual({ field: SERVER_EVENT_FIELDS.action_source.id, inView: true });
      const trigger = '[data-field-id="serverEvent.action_source"] button[aria-haspopup="listbox"]';
      expect(await page.locator(trigger).getAttribute('aria-invalid')).toBe('true');
      expect(await description(page, trigger)).toMatch(/^It is empty\./);
      // A JSON box, its problem linked too.
      const json = '[data-field-id="serverEvent.app_data"] textarea';
      expect(await page.locator(json).getAttribute('aria-invalid')).toBe('true');
      expect(await description(page, json)).toMatch(/not valid JSON at line 1/);
      // Every problem the form knows, counted, in reading order.
      await page.getByRole('heading', { name: '5 problems to fix before saving' }).waitFor();
      const listed = await page.locator('.problem-list li').allInnerTexts();
      expect(listed.map((text) => text.split(':')[0])).toEqual([
        'Action source',
        'LDU country',
        'Email',
        'Value',
        'App data (JSON)',
      ]);
      await view.screenshot(`action-failed-save-${width}.png`);
      // Each entry leads to its field.
      await page.locator('.problem-list').getByRole('button', { name: 'Email' }).click();
      expect(await focused(page)).toEqual({ field: 'userData.em', inView: true });
      // Fixed, a problem leaves the count.
      await page.getByRole('textbox', { name: /^Email/ }).fill('jane@example.com');
      await page.getByRole('heading', { name: '4 problems to fix before saving' }).waitFor();
      await view.close();
    },
  );

  it.each([1280, 800])('at %i px, choices are words, their stored values beside them', async (width) => {
    const view = await open({ serverEvent: { event_name: 'Lead' }, consent: { value: '{{Ad consent}}' } }, width);
    const { page } = view;
    await picker(page, 'Action source').click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options.map((o) => o.split('\n')[0])).toEqual([
      'Not set',
      ...SERVER_EVENT_FIELDS.action_source.options.map((o) => optionWords(SERVER_EVENT_FIELDS.action_source, o)),
    ]);
    await page.getByRole('option', { name: 'Phone call' }).getByText('phone_call').waitFor();
    await view.screenshot(`action-source-choices-${width}.png`);
    await page.getByRole('option', { name: 'Phone call' }).click();
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    expect((await view.getSettings()).serverEvent).toEqual({ event_name: 'Lead', action_source: 'phone_call' });
    expect(await picker(page, 'Action source').innerText()).toContain('Phone call');

    // Consent: what each choice does, and what a blank one does.
    const denied = picker(page, 'When consent is denied');
    expect(await denied.innerText()).toContain(`Not set: ${CONSENT_FIELDS.whenDenied.whenUnset}`);
    await denied.click();
    await page.getByRole('option', { name: 'Skip the event' }).waitFor();
    expect((await page.getByRole('option').allInnerTexts()).map((o) => o.split('\n')[0])).toEqual([
      'Not set: denied consent skips the event',
      'Skip the event',
      'Send with Limited Data Use',
    ]);
    await view.screenshot(`action-consent-choices-${width}.png`);
    await page.getByRole('option', { name: 'Send with Limited Data Use' }).click();
    expect((await view.getSettings()).consent).toEqual({ value: '{{Ad consent}}', whenDenied: 'limitedDataUse' });
    expect(await picker(page, 'When consent is unknown').innerText()).toContain('Not set: unknown consent sends');
    await view.close();
  });

  it.each([1280, 800])(
    'at %i px, a rule with data elements on a checkbox and a picker: the way back is a button named by its words',
    async (width) => {
      const view = await open(PURCHASE_RULE_WITH_DATA_ELEMENTS, width);
      const { page } = view;
      await page.getByRole('textbox', { name: /^Action source/ }).waitFor();
      await view.screenshot(`action-purchase-data-elements-${width}.png`);
      for (const [words, field] of [
        ['Choose from the list instead', 'Action source'],
        ['Use a checkbox instead', 'Opt out of ads delivery optimization'],
      ]) {
        const back = page.getByRole('button', { name: `${words} for ${field}`, exact: true });
        expect(await back.evaluate((b) => b.tagName)).toBe('BUTTON');
        expect(await visibleText(back)).toBe(words);
      }
      expect(await view.getSettings()).toStrictEqual(PURCHASE_RULE_WITH_DATA_ELEMENTS);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /^Use a checkbox instead/ }).click();
      await page.getByRole('checkbox', { name: /^Opt out/ }).waitFor();
      await view.close();
    },
  );

  it('with a data element in a field of every kind, everything open: no axe violations', async () => {
    const view = await open(DATA_ELEMENTS_EVERYWHERE);
    const { page } = view;
    await openEverything(page);
    // The mapped-parameters list holds a data element too: shown as text, with its way back.
    await page.getByRole('textbox', { name: /^Parameters the mapping leaves alone/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Choose from the list instead/ }).count()).toBe(4);
    expect(await page.getByRole('button', { name: /^Use a checkbox instead/ }).count()).toBe(3);
    expect(await view.getSettings()).toStrictEqual(DATA_ELEMENTS_EVERYWHERE);
    expect(await axeViolations(page)).toEqual([]);
    expect(await view.validate()).toBe(true);
    await view.close();
  });

  it.each([1280, 800])(
    'a new action at %i px: at most 49 tab stops and 600 words; collapsed group titles on one line',
    async (width) => {
      const view = await open(null, width);
      const { page } = view;
      const stops = await tabStops(page);
      const words = await visibleWords(page);
      console.info(`new action at ${width} px: ${stops.length} tab stops, ${words} words shown`);
      // 49: the payload preview's Edge event box and its samples button are two of them.
      expect(stops.length).toBeLessThanOrEqual(49);
      expect(stops.filter((s) => /^button About /.test(s))).toEqual([]);
      expect(words).toBeLessThanOrEqual(600);
      // "· none set, 7 from the event" never wraps word by word.
      const counts = page.locator('.group-count');
      expect(await counts.count()).toBeGreaterThan(5);
      for (const count of await counts.all()) {
        const lines = await count.evaluate((e) => e.getClientRects().length);
        expect(lines, await count.innerText()).toBe(1);
      }
      await view.screenshot(`action-new-${width}.png`);
      expect(await axeViolations(page)).toEqual([]);
      await view.close();
    },
  );

  it('the mapped parameters are one list of boxes; what it leaves alone is saved by Meta name', async () => {
    const view = await open({ ...PURCHASE_RULE, xdmMapping: { enabled: true, exclude: ['ph'] } });
    const { page } = view;
    // The group holds a value, so it is open.
    const phone = page.getByRole('checkbox', { name: 'Phone (ph)' });
    expect(await phone.isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'Contents', exact: true }).uncheck();
    expect((await view.getSettings()).xdmMapping).toEqual({ enabled: true, exclude: ['ph', 'contents'] });
    await phone.check();
    await page.getByRole('checkbox', { name: 'Contents', exact: true }).check();
    expect((await view.getSettings()).xdmMapping).toEqual({ enabled: true });
    await view.close();
  });
});
