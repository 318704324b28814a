/**
 * Builds the views into dist/view: per view one HTML page, one minified script and its
 * stylesheet (esbuild writes the CSS that React Spectrum's components import next to the
 * script). No source maps or sources: the packager zips everything under viewBasePath.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ACTION_VIEW, CONFIGURATION_VIEW, ROOT, VIEW_BASE_PATH } from './manifest';

export const BRIDGE_URL = 'https://assets.adobedtm.com/activation/reactor/extensionbridge/extensionbridge.min.js';
/**
 * A copy of the same loader (from @adobe/reactor-bridge) beside the views, used only when the CDN
 * cannot be reached: offline `npm start`, or a network that blocks the CDN.
 */
const BRIDGE_FALLBACK = 'extensionbridge.min.js';
/** Per page, script and stylesheet together. */
export const VIEW_BUDGET_GZIP_BYTES = 250_000;

interface ViewPage {
  /** Path under viewBasePath, as extension.json names it. */
  page: string;
  entry: string;
  title: string;
}

export const VIEW_PAGES: readonly ViewPage[] = [
  {
    page: CONFIGURATION_VIEW,
    entry: 'src/view/configuration/configuration.tsx',
    title: 'Meta Conversions API: configuration',
  },
  { page: ACTION_VIEW, entry: 'src/view/actions/sendConversionsApiEvent.tsx', title: 'Send Conversions API Event' },
];

export interface ViewSize {
  page: string;
  gzipBytes: number;
}

export async function buildViews(outDir = join(ROOT, VIEW_BASE_PATH)): Promise<ViewSize[]> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(VIEW_PAGES.map((v) => [stem(v.page), join(ROOT, v.entry)])),
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [englishStringsOnly],
  });
  copyFileSync(require.resolve('@adobe/reactor-bridge/dist/extensionbridge.min.js'), join(outDir, BRIDGE_FALLBACK));
  return VIEW_PAGES.map((view) => {
    const file = join(outDir, view.page);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageHtml(view));
    const size = {
      page: view.page,
      gzipBytes: ['.html', '.js', '.css'].reduce((n, ext) => n + gzipBytes(join(outDir, stem(view.page) + ext)), 0),
    };
    if (size.gzipBytes > VIEW_BUDGET_GZIP_BYTES) {
      throw new Error(
        `View ${view.page} is ${size.gzipBytes} bytes gzip, over the ${VIEW_BUDGET_GZIP_BYTES}-byte budget.`,
      );
    }
    return size;
  });
}

/**
 * React Spectrum and React Aria bundle their built-in strings ("Show suggestions", …) in 34
 * languages. The views are English, and the Provider pins the locale to en-US, so every
 * language file resolves to the English one: esbuild then bundles one copy.
 */
const englishStringsOnly: Plugin = {
  name: 'english-strings-only',
  setup(build) {
    build.onResolve({ filter: /\/intl\/[^/]+\/[a-z]{2}-[A-Z]{2}\.m?js$/ }, (args) => {
      if (/en-US\.m?js$/.test(args.path)) return undefined;
      const english = args.path.replace(/[a-z]{2}-[A-Z]{2}(\.m?js)$/, 'en-US$1');
      return { path: join(args.resolveDir, english) };
    });
  },
};

/** `actions/sendConversionsApiEvent.html` → `actions/sendConversionsApiEvent`. */
function stem(page: string): string {
  return page.replace(/\.html$/, '');
}

function pageHtml(view: ViewPage): string {
  const name = basename(stem(view.page));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
<script>${bridgeLoader()}</script>
<link rel="stylesheet" href="${name}.css">
</head>
<body>
<div id="root"></div>
<script src="${name}.js"></script>
</body>
</html>
`;
}

/**
 * Loads Adobe's bridge loader and sets `window.extensionBridgeLoaded`, which the view waits for
 * before it registers. Opened from a page on this machine (Adobe's sandbox under npm start,
 * often offline) it takes the copy beside the views, so no request fails and logs an error on
 * every view load; elsewhere the CDN's, and that copy when the CDN cannot be reached.
 */
function bridgeLoader(): string {
  const local = String.raw`/^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?\//`;
  return `window.extensionBridgeLoaded = new Promise(function (done) {
  function add(script, failed) {
    script.onload = done;
    script.onerror = failed;
    document.head.appendChild(script);
  }
  function copy() {
    var script = document.createElement('script');
    script.src = '../${BRIDGE_FALLBACK}';
    add(script, done);
  }
  if (${local}.test(document.referrer)) return copy();
  var cdn = document.createElement('script');
  cdn.src = '${BRIDGE_URL}';
  add(cdn, copy);
});`;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

if (require.main === module) {
  buildViews().then(
    (sizes) => sizes.forEach((s) => console.log(`${s.page}: ${(s.gzipBytes / 1024).toFixed(1)} KB gzip`)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
