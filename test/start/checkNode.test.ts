/**
 * The Node.js check that `npm test` and `npm start` run first: one range, in package.json's
 * "engines" and in the README, and one line on any Node.js outside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts/checkNode.cjs');
const { satisfies } = createRequire(import.meta.url)(SCRIPT) as { satisfies(version: string, range: string): boolean };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

/** Runs the check as `npm <label>` does, on a Node.js that reports `version`. */
function check(version: string, label: string) {
  const pretend = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  return spawnSync(process.execPath, ['--import', pretend, SCRIPT, label], { cwd: ROOT, encoding: 'utf8' });
}

describe('the Node.js check', () => {
  it('is the first step of npm test and npm start', () => {
    expect(pkg.scripts.test.split(' && ')[0]).toBe('node scripts/checkNode.cjs test');
    expect(pkg.scripts.start.split(' && ')[0]).toBe('node scripts/checkNode.cjs start');
  });

  it('reads ^ and >= ranges joined by ||', () => {
    const range = '^20.19.0 || ^22.13.0 || >=24';
    const inside = ['20.19.0', '20.20.2', '22.13.0', '22.20.1', '24.0.0', '25.1.0'];
    const outside = ['10.24.1', '18.20.4', '20.18.3', '21.7.3', '22.12.0', '23.11.0'];
    expect(inside.filter((v) => satisfies(v, range))).toEqual(inside);
    expect(outside.filter((v) => satisfies(v, range))).toEqual([]);
    expect(satisfies('v20.19.1', '>=20.19')).toBe(true);
    expect(() => satisfies('20.19.0', '~20.19.0')).toThrow('package.json "engines.node": cannot read "~20.19.0"');
  });

  it("package.json's range holds this Node.js, and the README states that same range", () => {
    expect(satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    expect(check(process.versions.node, 'test')).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js \`${pkg.engines.node}\``);
    expect(readme.match(/Node\.js \d+\.\d+/g) ?? []).toEqual([]);
  });

  it('stops an older Node.js with one line that names the version needed and the command to rerun', () => {
    const result = check('18.20.4', 'start');

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `[start] Node.js 18.20.4 cannot run this project: it needs Node.js ${pkg.engines.node} ` +
        '(package.json "engines"). Install one of those (e.g. nvm install 22) and run npm start again.\n',
    );
  });
});
