/**
 * Size budgets, on what `npm run build` produced: sizes are stable, so they gate;
 * times are not, and live in `npm run bench` only. The zip is made by Adobe's packager in a
 * temporary directory.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, librarySizes, packageZip, viewPages, viewSize } from '../scripts/bench/sizes';

describe('size budgets', () => {
  it(`each library file is at most ${BUDGETS.libraryBytes} bytes, unminified as shipped`, () => {
    const libraries = librarySizes();
    expect(libraries.length).toBeGreaterThan(0);
    for (const lib of libraries) expect(lib.bytes, `${lib.path} (${lib.bytes} bytes)`).toBeLessThanOrEqual(BUDGETS.libraryBytes);
  });

  it(`each view page loads at most ${BUDGETS.viewGzipBytes} bytes of JS + CSS, gzip`, () => {
    const pages = viewPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const view = viewSize(page);
      expect(view.totalGzipBytes, `${page}: JS ${view.jsGzipBytes} + CSS ${view.cssGzipBytes} bytes gzip`).toBeLessThanOrEqual(BUDGETS.viewGzipBytes);
    }
  });

  it(`the package zip is at most ${BUDGETS.zipBytes} bytes`, () => {
    const zip = packageZip();
    expect(zip.files).toBeGreaterThan(1);
    expect(zip.bytes, `package zip (${zip.files} files)`).toBeLessThanOrEqual(BUDGETS.zipBytes);
  });
});
