/**
 * `npm run build`: the action as one self-contained CommonJS file (no Node built-ins, no
 * bare require: the packager follows only relative requires and the Edge runtime is a
 * Workers-style isolate), then the views.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildViews } from './buildViews';
import { LIB_PATH, ROOT } from './manifest';

export async function buildLibrary(): Promise<void> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/lib/actions/sendConversionsApiEvent.ts')],
    outfile: join(ROOT, LIB_PATH),
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2022',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    write: false,
  });
  // Readable, not minified; only esbuild's `// src/…` file markers go (they weigh ~1 KB and carry no code).
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text.replace(/^\/\/ src\/.*\n/gm, ''));
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  await Promise.all([buildLibrary(), buildViews()]);
  console.log(`built dist/ in ${Date.now() - started} ms`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
