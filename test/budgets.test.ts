/**
 * The size budget, on what `npm run build` produced (1 KB = 1000 B). The target is 20 KB gzip;
 * the action is over it (docs/performance.md says by how much and why), so this limit stops it
 * from growing further unnoticed. Sizes are stable, so they gate; times are not, and are only
 * reported by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/manifest';

const LIBRARY_GZIP_BYTES = 24_000;

/** Every libPath extension.json names. */
function libraryPaths(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'extension.json'), 'utf8'));
  const components = ['actions', 'conditions', 'dataElements', 'sharedModules'].flatMap((type) => manifest[type] ?? []);
  return [manifest.main, ...components].map((c) => c?.libPath).filter((p): p is string => typeof p === 'string');
}

describe('size budget', () => {
  it(`each library module is at most ${LIBRARY_GZIP_BYTES} bytes gzip`, () => {
    const paths = libraryPaths();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const gzipBytes = gzipSync(readFileSync(join(ROOT, path))).length;
      expect(gzipBytes, `${path} (${gzipBytes} bytes gzip)`).toBeLessThanOrEqual(LIBRARY_GZIP_BYTES);
    }
  });
});
