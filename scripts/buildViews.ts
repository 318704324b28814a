/**
 * Builds the views into dist/view: per view one HTML page, its entry script (an ES module) and
 * its stylesheet (esbuild writes the CSS that React Spectrum's components import next to the
 * script). Parts a view loads on first use (the test bench, the samples) are split into
 * chunks under chunks/, loaded by dynamic import; the code they share with the entry is a
 * chunk the page preloads. No source maps or sources: the packager zips everything under
 * viewBasePath.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ACTION_VIEW, CONFIGURATION_VIEW, ROOT, VIEW_BASE_PATH } from './manifest';

export const BRIDGE_URL = 'https://assets.adobedtm.com/activation/reactor/extensionbridge/extensionbridge.min.js';
/**
 * A copy of the same loader (from @adobe/reactor-bridge) beside the views, used only when the CDN
 * cannot be reached: offline `npm start`, or a network that blocks the CDN.
 */
const BRIDGE_FALLBACK = 'extensionbridge.min.js';
/**
 * Per page, what it loads before the form shows: HTML, stylesheet, entry script and the chunks
 * it imports. 250,000 B until the action view's test bench, which costs the first load about
 * 6.5 KB: 2.1 KB of its own code in the form (the Edge event box, test values in the preview)
 * and 4.5 KB for splitting the form's code from what loads on first use (the form's code,
 * gzipped, is 207,920 B as one file and 212,469 B as entry and shared chunk). Loading the test
 * bench with the form instead would cost 25 KB.
 */
export const VIEW_BUDGET_GZIP_BYTES = 260_000;
/** Per page, what it loads on first use (dynamic imports), together. */
export const VIEW_LAZY_BUDGET_GZIP_BYTES = 60_000;

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
  /** What the page loads before the form shows. */
  gzipBytes: number;
  /** What it loads on first use. */
  lazyGzipBytes: number;
}

export async function buildViews(outDir = join(ROOT, VIEW_BASE_PATH)): Promise<ViewSize[]> {
  rmSync(outDir, { recursive: true, force: true });
  // One build per view: a page then loads its entry and the one chunk it shares with its lazy parts.
  const sizes = await Promise.all(VIEW_PAGES.map((view) => buildView(view, outDir)));
  copyFileSync(require.resolve('@adobe/reactor-bridge/dist/extensionbridge.min.js'), join(outDir, BRIDGE_FALLBACK));
  return sizes;
}

async function buildView(view: ViewPage, outDir: string): Promise<ViewSize> {
  const entry = stem(view.page);
  const { metafile } = await build({
    entryPoints: { [entry]: join(ROOT, view.entry) },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
    plugins: [englishStringsOnly],
  });
  const outputs = outputsIn(metafile, outDir);
  const { preloaded, lazy } = chunksOf(outputs, `${entry}.js`);
  for (const chunk of lazy) dropChunkStyles(outDir, chunk, outputs, `${entry}.css`);
  const file = join(outDir, view.page);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageHtml(view, preloaded));
  const first = [view.page, `${entry}.css`, `${entry}.js`, ...preloaded];
  const size = {
    page: view.page,
    gzipBytes: first.reduce((n, path) => n + gzipBytes(join(outDir, path)), 0),
    lazyGzipBytes: lazy.reduce((n, path) => n + gzipBytes(join(outDir, path)), 0),
  };
  if (size.gzipBytes > VIEW_BUDGET_GZIP_BYTES) {
    throw new Error(
      `View ${view.page} is ${size.gzipBytes} bytes gzip, over the ${VIEW_BUDGET_GZIP_BYTES}-byte budget.`,
    );
  }
  if (size.lazyGzipBytes > VIEW_LAZY_BUDGET_GZIP_BYTES) {
    throw new Error(
      `View ${view.page} loads ${size.lazyGzipBytes} bytes gzip on first use, ` +
        `over the ${VIEW_LAZY_BUDGET_GZIP_BYTES}-byte budget.`,
    );
  }
  return size;
}

interface Output {
  imports: { path: string; kind: string }[];
  cssBundle?: string;
  /** The source files in it, as absolute paths. */
  inputs: string[];
}

/** The metafile's outputs, every path relative to the view folder. */
function outputsIn(metafile: Metafile, outDir: string): Map<string, Output> {
  const local = (path: string) => relative(outDir, resolve(path)).split(sep).join('/');
  return new Map(
    Object.entries(metafile.outputs).map(([path, out]) => [
      local(path),
      {
        imports: out.imports.map((i) => ({ path: local(i.path), kind: i.kind })),
        cssBundle: out.cssBundle && local(out.cssBundle),
        inputs: Object.keys(out.inputs).map((input) => resolve(input)),
      },
    ]),
  );
}

/** The chunks an entry imports (preloaded with it), and those it loads by dynamic import, with theirs. */
function chunksOf(outputs: Map<string, Output>, entry: string): { preloaded: string[]; lazy: string[] } {
  const reach = (from: string[], kinds: string[], seen: Set<string>) => {
    const found: string[] = [];
    const queue = [...from];
    while (queue.length) {
      const path = queue.shift()!;
      for (const next of outputs.get(path)?.imports ?? []) {
        if (!kinds.includes(next.kind) || seen.has(next.path)) continue;
        seen.add(next.path);
        found.push(next.path);
        queue.push(next.path);
      }
    }
    return found;
  };
  const seen = new Set([entry]);
  const preloaded = reach([entry], ['import-statement'], seen);
  const lazy = reach([entry, ...preloaded], ['dynamic-import', 'import-statement'], seen);
  return { preloaded, lazy };
}

/**
 * esbuild writes a stylesheet beside a chunk loaded on first use, but the page loads only the
 * stylesheet it links, and esbuild already put the chunk's CSS in that one (the entry's, which
 * holds the CSS of every module the entry reaches, dynamic imports included): the chunk's copy
 * is removed, once the page's is checked to hold all of it.
 */
function dropChunkStyles(outDir: string, chunk: string, outputs: Map<string, Output>, pageCss: string): void {
  const css = outputs.get(chunk)?.cssBundle;
  if (!css) return;
  const page = new Set(outputs.get(pageCss)?.inputs ?? []);
  const missing = (outputs.get(css)?.inputs ?? []).filter((input) => !page.has(input));
  if (missing.length) throw new Error(`${pageCss} lacks the CSS of ${chunk}: ${missing.join(', ')}`);
  rmSync(join(outDir, css), { force: true });
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

function pageHtml(view: ViewPage, preloaded: string[]): string {
  const name = basename(stem(view.page));
  const preloads = preloaded
    .map((chunk) => `<link rel="modulepreload" href="${posix.normalize(relative(dirname(view.page), chunk))}">\n`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
<script>${bridgeLoader()}</script>
<link rel="stylesheet" href="${name}.css">
${preloads}</head>
<body>
<div id="root"></div>
<script type="module" src="${name}.js"></script>
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
    (sizes) =>
      sizes.forEach((s) =>
        console.log(
          `${s.page}: ${(s.gzipBytes / 1024).toFixed(1)} KB gzip, ` +
            `${(s.lazyGzipBytes / 1024).toFixed(1)} KB more on first use`,
        ),
      ),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
