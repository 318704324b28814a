/**
 * The core as it ships: `src/core/conversionsApi.ts` bundled by esbuild with the library's
 * options (scripts/build.ts: bundle, CJS, platform neutral, ES2022, no minification), written
 * to a temporary file and required. Timing the TypeScript sources through tsx instead would
 * add tsx's per-closure `__name` helpers, which the shipped file does not have.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type * as Core from '../../src/core/conversionsApi';
import { ROOT } from '../manifest';

export type CoreModule = typeof Core;

export interface CoreBundle {
  core: CoreModule;
  /** The bundle file (for profiles). */
  file: string;
  /** Source file of a 1-based bundle line, from esbuild's `// src/...` section comments. */
  sourceOf(line: number): string;
  dispose(): void;
}

export function loadCoreBundle(): CoreBundle {
  const dir = mkdtempSync(join(tmpdir(), 'bench-core-'));
  const file = join(dir, 'core.js');
  buildSync({
    entryPoints: [join(ROOT, 'src/core/conversionsApi.ts')],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return { core: require(file) as CoreModule, file, sourceOf: sourceLines(file), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** For an unminified esbuild bundle: the source file of a 1-based line, from its `// src/...` section comments. */
export function sourceLines(file: string): (line: number) => string {
  const sections: { from: number; source: string }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^\/\/ (src\/\S+)$/.exec(text);
      if (m) sections.push({ from: i + 1, source: m[1] });
    });
  return (line) => [...sections].reverse().find((s) => s.from <= line)?.source ?? relative(ROOT, file);
}
