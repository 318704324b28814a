// First step of `npm start`: on a fresh clone nothing is installed yet, not even the TypeScript
// runner, so this one is plain JavaScript. It runs `npm ci` (the lockfile, exactly) when
// node_modules or any devDependency in it is missing, and does nothing otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const wanted = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
const missing = wanted.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));

if (missing.length) {
  const what = existsSync(join(root, 'node_modules')) ? `${missing.length} missing package(s), e.g. ${missing[0]}` : 'no node_modules';
  console.log(`[start] ${what}: running npm ci (needs the npm registry once; later starts work offline)`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[start] npm ci failed; fix the error above and run npm start again.');
    process.exit(result.status ?? 1);
  }
}
