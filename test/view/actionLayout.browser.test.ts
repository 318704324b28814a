/**
 * What a marketer sees: the action view at 1280 and 800 px wide, new and with a realistic
 * Purchase rule, measured, screenshotted and checked with axe-core.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_VIEW } from '../../scripts/manifest';
import { axeViolations } from '../support/viewAxe';
import type { OpenView } from '../support/viewBrowser';
import { EXTENSION_SETTINGS, PURCHASE_RULE } from '../support/viewFixtures';
import { viewHarness } from '../support/viewHarness';

const harness = viewHarness(ACTION_VIEW);

async function open(settings: Record<string, unknown> | null, width: number): Promise<OpenView> {
  const view = await harness.open({ settings, extensionSettings: EXTENSION_SETTINGS });
  await view.page.setViewportSize({ width, height: 900 });
  // The sections after the first follow in the next frames.
  await view.page.getByRole('heading', { name: 'Payload preview' }).waitFor();
  return view;
}

const pageHeight = (view: OpenView) => view.page.evaluate(() => document.documentElement.scrollHeight);

describe('action view layout in Chromium', () => {
  it.each([
    [1280, 2500],
    [800, 3200],
  ])(
    'at %i px wide, a realistic Purchase rule fits in %i px with the preview collapsed; no axe violations',
    async (width, most) => {
      const view = await open(PURCHASE_RULE, width);
      expect(await view.page.getByRole('region', { name: 'Graph API request' }).count()).toBe(0);
      await view.screenshot(`action-purchase-${width}.png`);
      const height = await pageHeight(view);
      console.info(`action view, realistic Purchase rule, ${width} px wide: ${height} px high`);
      expect(height).toBeLessThanOrEqual(most);
      expect(await view.getSettings()).toStrictEqual(PURCHASE_RULE);
      expect(await axeViolations(view.page)).toEqual([]);
      await view.close();
    },
  );

  it.each([1280, 800])('a new action at %i px wide: calm, valid, no axe violations', async (width) => {
    const view = await open(null, width);
    await view.screenshot(`action-new-${width}.png`);
    expect(await view.page.getByText('Not sendable as set').count()).toBe(0);
    expect(await axeViolations(view.page)).toEqual([]);
    await view.close();
  });
});
