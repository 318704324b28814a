/**
 * `npm run build`: the action as one self-contained CommonJS file (no Node built-ins, no
 * bare require: the packager follows only relative requires and the Edge runtime is a
 * Workers-style isolate), then the views.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildViews } from './buildViews';
import { LIB_PATH, ROOT } from './manifest';

export async function buildLibrary(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/lib/actions/sendConversionsApiEvent.ts')],
    outfile: join(ROOT, LIB_PATH),
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2022',
    // Minified: every cold isolate compiles this file before its first event, and its size is
    // what each Edge node loads. The action's errors and log lines name settings and causes in
    // words, so nothing depends on readable identifiers in a stack trace.
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
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
