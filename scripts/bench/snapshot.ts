/**
 * A copy of the build taken once, so that every section measures the same files even when
 * someone rebuilds dist/ meanwhile (the build starts by deleting it): extension.json, the
 * icon, and the top-level folders holding the library files and the views.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../manifest';
import { libraryPaths, readManifest } from './sizes';

export interface BuildSnapshot {
  root: string;
  dispose(): void;
}

export function snapshotBuild(): BuildSnapshot {
  const manifest = readManifest();
  const top = (path: string) => path.replace(/^\.?\//, '').split('/')[0];
  const paths = new Set(['extension.json', ...(manifest.iconPath ? [manifest.iconPath] : []), ...[...libraryPaths(manifest), manifest.viewBasePath].map(top)]);
  for (const path of paths) {
    if (!existsSync(join(ROOT, path))) throw new Error(`${path} is missing: run npm run build (or leave the build section in).`);
  }
  const root = mkdtempSync(join(tmpdir(), 'bench-build-'));
  for (const path of paths) cpSync(join(ROOT, path), join(root, path), { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
