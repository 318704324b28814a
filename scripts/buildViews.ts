/** Builds the views into dist/view (placeholder pages until the React views land). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACTION_VIEW, CONFIGURATION_VIEW, ROOT, VIEW_BASE_PATH } from './manifest';

export async function buildViews(): Promise<void> {
  for (const page of [CONFIGURATION_VIEW, ACTION_VIEW]) {
    const file = join(ROOT, VIEW_BASE_PATH, page);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '<!doctype html><meta charset="utf-8"><title>View</title>\n');
  }
}
