/** What `npm run build` puts under viewBasePath (the packager zips all of it). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE_URL, VIEW_BUDGET_GZIP_BYTES, VIEW_PAGES, buildViews } from '../../scripts/buildViews';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('view build', () => {
  it(
    'writes per view an HTML page, one script and its stylesheet, plus the offline bridge loader; ' +
      'no sources or maps; within the size budget',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'views-'));
      try {
        const sizes = await buildViews(out);
        const names = files(out)
          .map((f) => relative(out, f))
          .sort();
        const stems = VIEW_PAGES.map((v) => v.page.replace(/\.html$/, ''));
        expect(names).toEqual(
          [...stems.flatMap((s) => [`${s}.css`, `${s}.html`, `${s}.js`]), 'extensionbridge.min.js'].sort(),
        );
        for (const size of sizes) expect(size.gzipBytes).toBeLessThanOrEqual(VIEW_BUDGET_GZIP_BYTES);

        for (const view of VIEW_PAGES) {
          const html = readFileSync(join(out, view.page), 'utf8');
          const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
          const name = view.page
            .split('/')
            .pop()!
            .replace(/\.html$/, '');
          // The view's single bundle; Adobe's bridge loader comes from the inline script before it.
          expect(scripts).toEqual([`${name}.js`]);
          expect(html.indexOf('window.extensionBridgeLoaded')).toBeLessThan(html.indexOf(`${name}.js`));
          expect(html).toContain(`cdn.src = '${BRIDGE_URL}';`);
          expect(html).toContain("script.src = '../extensionbridge.min.js';");
          expect(html).toContain(`<link rel="stylesheet" href="${name}.css">`);
          const js = readFileSync(join(out, view.page.replace(/\.html$/, '.js')), 'utf8');
          expect(js).not.toContain('sourceMappingURL');
          expect(js).not.toMatch(/react-dom\.development/);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});
