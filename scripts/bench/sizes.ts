/**
 * (4) What ships, as extension.json names it: each library file (bytes, gzip), each view
 * page's JS and CSS (gzip; external files it links and inline <script>/<style>), and the
 * package zip, made by Adobe's packager into a temporary directory. Shared with the budget test.
 * `root` is the repository by default, or a snapshot of the build (./snapshot).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEW_BUDGET_GZIP_BYTES } from '../buildViews';
import { ROOT } from '../manifest';

/** The size budgets, in bytes, read strictly: 1 KB = 1000 B (so they also hold with 1024). */
export const BUDGETS = {
  /** Each library file, unminified as shipped. */
  libraryBytes: 40_000,
  /** Each view page: its JS and CSS, gzip (the same constant the view build checks). */
  viewGzipBytes: VIEW_BUDGET_GZIP_BYTES,
  zipBytes: 1_000_000,
};

export interface FileSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface ViewSize {
  page: string;
  htmlBytes: number;
  js: FileSize[];
  css: FileSize[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** JS + CSS, gzip: what the view budget limits. */
  totalGzipBytes: number;
}

export interface ZipSize {
  bytes: number;
  files: number;
}

/** gzip at the default level (what `gzip` and most servers use). */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

function fileSize(path: string, data: Buffer): FileSize {
  return { path, bytes: data.length, gzipBytes: gzipSize(data) };
}

export interface Manifest {
  viewBasePath: string;
  iconPath?: string;
  main?: { path: string };
  configuration?: { viewPath: string };
  [type: string]: unknown;
}

export function readManifest(root = ROOT): Manifest {
  return JSON.parse(readFileSync(join(root, 'extension.json'), 'utf8'));
}

const COMPONENT_TYPES = ['actions', 'conditions', 'events', 'dataElements', 'sharedModules'];

function components(manifest: Manifest): { libPath?: string; viewPath?: string }[] {
  return COMPONENT_TYPES.flatMap((type) => (manifest[type] as { libPath?: string; viewPath?: string }[] | undefined) ?? []);
}

/** Every library file extension.json names (root-relative). */
export function libraryPaths(manifest: Manifest): string[] {
  return [...(manifest.main ? [manifest.main.path] : []), ...components(manifest).flatMap((c) => (c.libPath ? [c.libPath] : []))];
}

export function librarySizes(root = ROOT): FileSize[] {
  return libraryPaths(readManifest(root)).map((path) => fileSize(path, readFileSync(join(root, path))));
}

/** Every view page extension.json names (viewBasePath-relative). */
export function viewPages(manifest = readManifest()): string[] {
  return [manifest.configuration?.viewPath, ...components(manifest).map((c) => c.viewPath)].filter((p): p is string => !!p);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const LINK = /<link\b([^>]*)>/gi;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);

/** Relative module specifiers a JS file imports (chunks of a split ESM build). */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The JS and CSS one view page loads from this extension: linked files (each once, with the
 * relative chunks JS files import) and inline <script>/<style>. CDN scripts such as the bridge are not ours.
 */
export function viewSize(page: string, root = ROOT): ViewSize {
  const file = join(resolve(root, readManifest(root).viewBasePath), page);
  const html = readFileSync(file, 'utf8');
  const seen = new Set<string>();
  const js: FileSize[] = [];
  const css: FileSize[] = [];
  const local = (ref: string) => !/^([a-z]+:)?\/\//i.test(ref) && !ref.startsWith('data:');
  const add = (list: FileSize[], from: string, ref: string) => {
    const path = join(dirname(from), ref.split(/[?#]/)[0]);
    if (seen.has(path)) return;
    seen.add(path);
    const data = readFileSync(path);
    list.push(fileSize(relative(root, path), data));
    if (list === js) for (const [, chunk] of data.toString('utf8').matchAll(IMPORT)) add(js, path, chunk);
  };
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    const src = attr(attrs, 'src');
    if (src) {
      if (local(src)) add(js, file, src);
    } else if (body.trim()) js.push(fileSize(`${page} (inline script)`, Buffer.from(body)));
  }
  for (const [, attrs] of html.matchAll(LINK)) {
    const href = attr(attrs, 'href');
    const rel = attr(attrs, 'rel') ?? '';
    if (href && local(href) && /stylesheet/i.test(rel)) add(css, file, href);
    if (href && local(href) && /modulepreload/i.test(rel)) add(js, file, href);
  }
  for (const [, body] of html.matchAll(STYLE)) if (body.trim()) css.push(fileSize(`${page} (inline style)`, Buffer.from(body)));
  const jsGzipBytes = js.reduce((sum, f) => sum + f.gzipBytes, 0);
  const cssGzipBytes = css.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { page, htmlBytes: Buffer.byteLength(html), js, css, jsGzipBytes, cssGzipBytes, totalGzipBytes: jsGzipBytes + cssGzipBytes };
}

/** Number of entries in a zip (from its end-of-central-directory record). */
function zipEntries(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return zip.readUInt16LE(i + 10);
  }
  throw new Error('not a zip file');
}

/** Packs what is built in `root` with Adobe's packager, into a temporary directory (the repo's own zip is left alone). */
export function packageZip(root = ROOT): ZipSize {
  const dir = mkdtempSync(join(tmpdir(), 'bench-zip-'));
  try {
    const out = join(dir, 'package.zip');
    execFileSync(join(ROOT, 'node_modules/.bin/reactor-packager'), ['--out', out], { cwd: root, stdio: 'pipe' });
    if (!existsSync(out)) throw new Error('the packager wrote no zip');
    const zip = readFileSync(out);
    return { bytes: statSync(out).size, files: zipEntries(zip) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
