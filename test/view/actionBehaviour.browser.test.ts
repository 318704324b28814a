/**
 * The action view's behaviour in Chromium: focus after a failed validate(), required markers that
 * follow other values, Custom Data fields round-tripping into `customData`, the way back from a
 * data element to a checkbox, suggestions that wait for typing, placeholders that look like
 * placeholders, the calm first preview and the preview's remembered state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION_VIEW } from '../../scripts/manifest';
import type { OpenView } from '../support/viewBrowser';
import type { TestWindow } from '../support/viewBridge';
import { EXTENSION_SETTINGS } from '../support/viewFixtures';
import { viewHarness } from '../support/viewHarness';

const harness = viewHarness(ACTION_VIEW);
const open = (settings: Record<string, unknown> | null) =>
  harness.open({ settings, extensionSettings: EXTENSION_SETTINGS });
/** Types an event name and closes the suggestions it opens (an open list hides the rest of the page from roles). */
async function typeEventName(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: /^Event name/ }).fill(name);
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
}
const ready = (view: OpenView) => view.page.getByRole('heading', { name: 'Payload preview' }).waitFor();
const textbox = (page: Page, name: RegExp) => page.getByRole('textbox', { name });
const focusedLabel = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
const inViewport = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('action view behaviour in Chromium', () => {
  it('after a failed validate(), the first invalid field is scrolled into view and focused', async () => {
    const view = await open({ xdmMapping: { enabled: false } });
    await ready(view);
    expect(await view.validate()).toBe(false);
    expect(await focusedLabel(view.page)).toMatch(/^Event name/);

    await view.init({
      settings: { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { country: 'Atlantis' } },
      extensionSettings: EXTENSION_SETTINGS,
    });
    await ready(view);
    await view.page.evaluate(() => window.scrollTo(0, 0));
    expect(await view.validate()).toBe(false);
    expect(await focusedLabel(view.page)).toMatch(/^Country \(country, hashed\)/);
    expect(await inViewport(view.page)).toBe(true);
    await view.close();
  });

  it('"(required)" and aria-required appear when a field becomes required and must be typed', async () => {
    const view = await open({ serverEvent: { event_name: 'Lead', action_source: 'website' } });
    const { page } = view;
    await ready(view);
    const label = (field: ReturnType<typeof textbox>) =>
      field.evaluate((i: HTMLInputElement) => i.labels![0].textContent);
    const value = textbox(page, /^Value/);
    expect(await value.getAttribute('aria-required')).not.toBe('true');
    expect(await label(value)).not.toContain('(required');
    // With the mapping on, the event gives a Purchase's value and currency: required, and may stay blank.
    await typeEventName(page, 'Purchase');
    await expect.poll(() => label(value)).toBe('Value (required; from the event when blank)');
    expect(await label(textbox(page, /^Currency/))).toBe('Currency (required; from the event when blank)');
    expect(await value.getAttribute('aria-required')).not.toBe('true');
    expect(await textbox(page, /^Order ID/).getAttribute('aria-required')).not.toBe('true');
    // With it off, they must be typed.
    await page.getByRole('checkbox', { name: /^Fill blank fields from the XDM event/ }).uncheck();
    await expect.poll(() => value.getAttribute('aria-required')).toBe('true');
    expect(await textbox(page, /^Currency/).getAttribute('aria-required')).toBe('true');
    expect(await label(value)).toContain('(required)');
    expect(await label(value)).not.toContain('from the event');

    await page.getByRole('checkbox', { name: 'Send as Test Event' }).check();
    const code = textbox(page, /^Test event code/);
    expect(await code.getAttribute('aria-required')).toBe('true');
    expect(await label(code)).toContain('(required)');
    expect(await code.getAttribute('placeholder')).toMatch(/^e\.g\. /);
    await view.close();
  });

  it('value and currency fields round-trip into customData, next to the JSON box for other keys', async () => {
    const view = await open({
      serverEvent: { event_name: 'Purchase', action_source: 'website' },
      xdmMapping: { enabled: false },
    });
    const { page } = view;
    await ready(view);
    await textbox(page, /^Value/).fill('42.50');
    await textbox(page, /^Currency/).fill('EUR');
    await textbox(page, /^Other custom data/).fill('{"contents": [{"id": "SKU-1", "quantity": 2}]}');
    const saved = { value: 42.5, currency: 'EUR', contents: [{ id: 'SKU-1', quantity: 2 }] };
    expect((await view.getSettings()).customData).toEqual(saved);

    // A key in both places is named; fixing it clears the problem.
    await textbox(page, /^Other custom data/).fill('{"currency": "USD"}');
    await page.getByText('"currency" is set here and in the Currency field: keep one.').waitFor();
    await textbox(page, /^Other custom data/).fill('{"contents": [{"id": "SKU-1", "quantity": 2}]}');

    // Stored again: each key back in its field, the rest in the box, saved unchanged.
    await view.init({ settings: { ...(await view.getSettings()) }, extensionSettings: EXTENSION_SETTINGS });
    await ready(view);
    expect(await textbox(page, /^Value/).inputValue()).toBe('42.5');
    expect(await textbox(page, /^Currency/).inputValue()).toBe('EUR');
    expect(JSON.parse(await textbox(page, /^Other custom data/).inputValue())).toEqual({ contents: saved.contents });
    expect((await view.getSettings()).customData).toStrictEqual(saved);
    // JSON text with tokens stays text, in the box.
    const text = '{"currency": "USD", "value": {{total}}}';
    await view.init({
      settings: { serverEvent: { event_name: 'Purchase', action_source: 'website' }, customData: text },
      extensionSettings: EXTENSION_SETTINGS,
    });
    await ready(view);
    expect(await textbox(page, /^Other custom data/).inputValue()).toBe(text);
    expect((await view.getSettings()).customData).toBe(text);
    // A JSON mistake says where.
    await textbox(page, /^Other custom data/).fill('{"currency": "USD",\n "value": }');
    await page.getByText(/not valid JSON at line 2, column 11/).waitFor();
    await view.close();
  });

  it('a data element on a checkbox offers "Use a checkbox instead"; suggestions open on typing', async () => {
    const view = await open({ serverEvent: { event_name: 'Lead', action_source: 'website', opt_out: '{{optOut}}' } });
    const { page } = view;
    await ready(view);
    expect(await textbox(page, /^Opt out/).inputValue()).toBe('{{optOut}}');
    await page.getByRole('button', { name: /^Use a checkbox instead for Opt out/ }).click();
    await page.getByRole('checkbox', { name: /^Opt out/ }).waitFor();
    expect((await view.getSettings()).serverEvent).toEqual({ event_name: 'Lead', action_source: 'website' });

    const name = page.getByRole('combobox', { name: /^Event name/ });
    await name.focus();
    await page.waitForTimeout(300); // a listbox opening on focus would be there by now
    expect(await page.getByRole('listbox').count()).toBe(0);
    await name.fill('');
    await name.pressSequentially('Pur');
    await page.getByRole('option', { name: 'Purchase' }).waitFor();
    await view.close();
  });

  it('placeholders are lighter than typed values, readable (>= 4.5:1), and written as examples', async () => {
    const view = await open(null);
    await ready(view);
    const colours = await view.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[placeholder]')!;
      return {
        placeholder: getComputedStyle(input, '::placeholder').color,
        value: getComputedStyle(input).color,
        background: getComputedStyle(input.closest('div')!).backgroundColor,
        placeholders: [...document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')].map(
          (i) => i.placeholder,
        ),
      };
    });
    expect(colours.placeholder).not.toBe(colours.value);
    expect(contrast(colours.placeholder, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
    expect(colours.placeholders.length).toBeGreaterThan(5);
    for (const text of colours.placeholders) expect(text).toMatch(/^e\.g\. /);
    await view.close();
  });

  it('a new unmapped action says calmly what is needed; the request opens on request and stays open', async () => {
    const view = await open({
      xdmMapping: { enabled: false },
      serverEvent: { action_source: 'email' },
      userData: { em: 'a@b.co' },
    });
    const { page } = view;
    await ready(view);
    await page.getByText('Still needed').waitFor();
    await page.getByText(/^Choose the event name \(serverEvent\.event_name\): /).waitFor();
    expect(await page.getByText('Not sendable as set').count()).toBe(0);
    expect(await view.validate()).toBe(false);
    await page.getByText('Not sendable as set').waitFor();
    await page.getByText(/^Event name \(serverEvent\.event_name\): it is empty/).waitFor();

    const request = page.getByRole('region', { name: 'Graph API request' });
    expect(await request.count()).toBe(0);
    await typeEventName(page, 'Lead');
    await page.getByRole('button', { name: 'Graph API request' }).click();
    await request.waitFor();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as TestWindow).__view !== undefined);
    await view.init({
      settings: { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@b.co' } },
      extensionSettings: EXTENSION_SETTINGS,
    });
    await request.waitFor();
    // The match-quality estimate is there, and says what it is.
    await page
      .getByRole('region', { name: 'Match keys estimate' })
      .getByText(/not Meta's Event Match Quality score/)
      .waitFor();
    await view.close();
  });
});

/** WCAG contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number)
      .map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
