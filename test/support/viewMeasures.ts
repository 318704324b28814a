/** What a keyboard and a reader meet on a view page: its tab stops, and the words it shows. */
import type { Page } from 'playwright-core';

/**
 * The page's tab stops, by pressing Tab from the top until focus comes round again (or leaves
 * the page): each stop as its role and accessible name, in order.
 */
export async function tabStops(page: Page, most = 300): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      element.dataset.tabStop ??= String(document.querySelectorAll('[data-tab-stop]').length);
      const name =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.innerText ??
        element.innerText ??
        '';
      return { key: element.dataset.tabStop, text: `${element.tagName.toLowerCase()} ${name.replace(/\s+/g, ' ')}` };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push(stop.text);
  }
  return stops;
}

/** The words the page's main landmark shows (not what only assistive technology reads). */
export async function visibleWords(page: Page): Promise<number> {
  const text = await page.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>('main .visually-hidden')];
    hidden.forEach((element) => (element.style.display = 'none'));
    const shown = document.querySelector('main')!.innerText;
    hidden.forEach((element) => (element.style.display = ''));
    return shown;
  });
  return text.split(/\s+/).filter(Boolean).length;
}
