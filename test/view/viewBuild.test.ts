/** What `npm run build` puts under viewBasePath (the packager zips all of it). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_URL,
  VIEW_BUDGET_GZIP_BYTES,
  VIEW_LAZY_BUDGET_GZIP_BYTES,
  VIEW_PAGES,
  buildViews,
} from '../../scripts/buildViews';
import { ACTION_VIEW } from '../../scripts/manifest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('view build', () => {
  it(
    'writes per view an HTML page, its entry module and stylesheet, the chunks they load, plus the offline ' +
      'bridge loader; no sources or maps; within the size budgets',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'views-'));
      try {
        const sizes = await buildViews(out);
        const names = files(out)
          .map((f) => relative(out, f))
          .sort();
        const stems = VIEW_PAGES.map((v) => v.page.replace(/\.html$/, ''));
        const chunks = names.filter((n) => n.startsWith('chunks/'));
        expect(names).toEqual(
          [...stems.flatMap((s) => [`${s}.css`, `${s}.html`, `${s}.js`]), 'extensionbridge.min.js', ...chunks].sort(),
        );
        // Chunks are scripts only: esbuild puts their CSS in the page's stylesheet.
        for (const chunk of chunks) expect(chunk).toMatch(/^chunks\/[\w-]+\.js$/);
        for (const size of sizes) {
          expect(size.gzipBytes).toBeLessThanOrEqual(VIEW_BUDGET_GZIP_BYTES);
          expect(size.lazyGzipBytes).toBeLessThanOrEqual(VIEW_LAZY_BUDGET_GZIP_BYTES);
        }
        // The test bench and its samples are loaded on first use, not with the form.
        expect(sizes.find((s) => s.page === ACTION_VIEW)!.lazyGzipBytes).toBeGreaterThan(10_000);

        for (const view of VIEW_PAGES) {
          const html = readFileSync(join(out, view.page), 'utf8');
          const scripts = [...html.matchAll(/<script(?: type="module")? src="([^"]+)"/g)].map((m) => m[1]);
          const name = view.page
            .split('/')
            .pop()!
            .replace(/\.html$/, '');
          // The view's entry module; Adobe's bridge loader comes from the inline script before it.
          expect(scripts).toEqual([`${name}.js`]);
          expect(html).toContain(`<script type="module" src="${name}.js">`);
          expect(html.indexOf('window.extensionBridgeLoaded')).toBeLessThan(html.indexOf(`${name}.js`));
          expect(html).toContain(`cdn.src = '${BRIDGE_URL}';`);
          expect(html).toContain("script.src = '../extensionbridge.min.js';");
          expect(html).toContain(`<link rel="stylesheet" href="${name}.css">`);
          // What the entry imports is preloaded with it; what it loads on first use is not.
          const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
          const entry = readFileSync(join(out, view.page.replace(/\.html$/, '.js')), 'utf8');
          const imported = [...entry.matchAll(/from"(\.\.?\/[^"]+)"/g)].map((m) => m[1]);
          expect(preloaded.sort()).toEqual([...new Set(imported)].sort());
          for (const link of preloaded) expect(existsSync(join(out, dirname(view.page), link)), link).toBe(true);
          expect(preloaded.some((p) => /TestBench|ConnectionResult/.test(p))).toBe(false);
        }
        for (const js of names.filter((n) => n.endsWith('.js'))) {
          const text = readFileSync(join(out, js), 'utf8');
          expect(text, js).not.toContain('sourceMappingURL');
          expect(text, js).not.toMatch(/react-dom\.development/);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});
