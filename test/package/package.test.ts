/**
 * `npm run package` (build + Adobe's packager), run on a copy of the repository so that it
 * neither races the other test files over dist/ nor leaves a zip behind, then the zip checked
 * as the Adobe catalog would take it: Adobe's validator on the unpacked files, exactly the
 * files users need, and library files that run with Web APIs only.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip, type ZipEntry } from './readZip';

const ROOT = join(__dirname, '..', '..');
/** Build output, local state and what git ignores: a clean clone has none of it. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.sandbox', 'test-artifacts', 'coverage']);

interface Manifest {
  name: string;
  version: string;
  iconPath?: string;
  viewBasePath: string;
  configuration?: { viewPath: string };
  actions?: { libPath: string; viewPath?: string }[];
  conditions?: { libPath: string; viewPath?: string }[];
  dataElements?: { libPath: string; viewPath?: string }[];
}

let work: string;
let manifest: Manifest;
let zipFile: string;
let zips: string[];
let entries: ZipEntry[];
let unpacked: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'capi-package-'));
  const clone = join(work, 'repo');
  cpSync(ROOT, clone, {
    recursive: true,
    filter: (source) => {
      const top = relative(ROOT, source).split(/[\\/]/)[0];
      return !NOT_COPIED.has(top) && !/^package-.*\.zip$/.test(top);
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));

  const run = spawnSync('npm', ['run', 'package'], { cwd: clone, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`npm run package failed (${run.status}):\n${run.stdout}\n${run.stderr}`);

  manifest = JSON.parse(readFileSync(join(clone, 'extension.json'), 'utf8'));
  // Whatever zip the packager wrote (the test below checks its name).
  zips = readdirSync(clone).filter((name) => name.endsWith('.zip'));
  zipFile = join(clone, zips[0] ?? 'no zip written');
  entries = readZip(readFileSync(zipFile));
  unpacked = join(work, 'unpacked');
  for (const entry of entries) {
    mkdirSync(dirname(join(unpacked, entry.name)), { recursive: true });
    writeFileSync(join(unpacked, entry.name), entry.data);
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const features = () => [...(manifest.actions ?? []), ...(manifest.conditions ?? []), ...(manifest.dataElements ?? [])];
const libFiles = () => features().map((f) => f.libPath);
const viewPages = () =>
  [manifest.configuration?.viewPath, ...features().map((f) => f.viewPath)]
    .filter((p): p is string => !!p)
    .map((p) => posix.join(manifest.viewBasePath, p.replace(/[?#].*$/, '')));
/**
 * Package paths of the files a view page loads by relative src/href (CDN URLs are not package
 * files), and of the modules those scripts import, statically or on first use.
 */
const pageAssets = (page: string) => {
  const text = (name: string) => entries.find((e) => e.name === name)?.data.toString('utf8') ?? '';
  const local = (from: string, refs: string[]) =>
    refs
      .filter((ref) => !/^(https?:|data:|#|\/\/|about:)/i.test(ref))
      .map((ref) => posix.join(posix.dirname(from), ref.replace(/[?#].*$/, '')));
  const found = new Set(
    local(
      page,
      [...text(page).matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]),
    ),
  );
  for (const asset of found) {
    if (!asset.endsWith('.js')) continue;
    const modules = [...text(asset).matchAll(/(?:\bfrom|\bimport\()\s*"(\.\.?\/[^"]+)"/g)].map((m) => m[1]);
    for (const module of local(asset, modules)) found.add(module);
  }
  return [...found];
};

/** The globals a Workers-style isolate gives a module: Web APIs, no Node built-ins. */
const WEB_APIS = [
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'crypto',
  'fetch',
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'setTimeout',
  'clearTimeout',
  'console',
];

describe('npm run package', () => {
  it('writes package-<name>-<version>.zip at the project root', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(zips).toEqual([`package-meta-capi-forwarder-${pkg.version}.zip`]);
    const files = entries.map((e) => `${e.name} (${e.data.length})`).join(', ');
    console.log(`package: ${statSync(zipFile).size} bytes, ${entries.length} files: ${files}`);
  });

  it("passes Adobe's validator once unpacked", () => {
    const validator = join(ROOT, 'node_modules/@adobe/reactor-validator/bin/index.js');
    const result = spawnSync(process.execPath, [validator], { cwd: unpacked, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('The extension appears to be well-formed.');
    expect(result.status).toBe(0);
  });

  it('holds exactly the manifest, the icon, each library file, each view page and what the pages load', () => {
    const expected = [
      'extension.json',
      manifest.iconPath,
      ...libFiles(),
      ...viewPages(),
      ...viewPages().flatMap(pageAssets),
    ];
    expect(entries.map((e) => e.name).sort()).toEqual([...new Set(expected.filter((p): p is string => !!p))].sort());
  });

  it('has view pages whose scripts and styles are all in the package', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const page of viewPages()) {
      for (const asset of pageAssets(page)) expect(names.has(asset), `${page} loads ${asset}`).toBe(true);
    }
  });

  it('holds no source maps, sources or tests', () => {
    for (const { name, data } of entries) {
      expect(name).not.toMatch(/\.(map|tsx?|mts|cts)$|(^|\/)(test|tests|__tests__)\/|\.test\./);
      expect(data.toString('utf8'), name).not.toMatch(/sourceMappingURL=/);
    }
  });

  describe.each(['dist/lib/actions/sendConversionsApiEvent.js'])('library file %s', (lib) => {
    it('is listed in the manifest', () => expect(libFiles()).toContain(lib));

    it('requires nothing and names no Node built-in', () => {
      const code = entries.find((e) => e.name === lib)!.data.toString('utf8');
      expect(code).not.toMatch(/\brequire\s*\(/);
      expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
      expect(code).not.toMatch(/["'`]node:/);
      expect(code).not.toMatch(/\bBuffer\b/);
      expect(code).not.toMatch(/\bprocess\./);
      expect(code).not.toMatch(/\b(?:__dirname|__filename|globalThis\.process)\b/);
    });

    it('loads as CommonJS with Web APIs only and exports the module function', () => {
      const code = entries.find((e) => e.name === lib)!.data.toString('utf8');
      const module = { exports: {} as unknown };
      const webApis = Object.fromEntries(WEB_APIS.map((name) => [name, (globalThis as Record<string, unknown>)[name]]));
      const webOnly = { module, exports: module.exports, ...webApis };
      runInContext(code, createContext(webOnly), { filename: lib });
      expect(typeof module.exports).toBe('function');
    });
  });
});
