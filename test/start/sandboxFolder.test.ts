/**
 * npm start's `.sandbox` folder: written whole at every start; broken (a file where a folder
 * belongs, or the reverse), rebuilt with one line; impossible to write, named with the fix.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSandboxFolder } from '../../scripts/sandbox/sandboxFolder';

const GRAPH = 'http://127.0.0.1:9/';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder whose `.sandbox` is first set up by `breakIt`. */
function project(breakIt: (sandbox: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'capi-sandbox-folder-'));
  dirs.push(root);
  breakIt(join(root, '.sandbox'));
  return root;
}

/** Writes the folder; returns what npm start would print and the PATH given to the sandbox. */
function write(root: string): { lines: string[]; path: string } {
  const lines: string[] = [];
  const path = writeSandboxFolder(root, GRAPH, (line) => lines.push(line));
  return { lines, path };
}

function expectComplete(root: string, path: string): void {
  const sandbox = join(root, '.sandbox');
  expect(readFileSync(join(sandbox, 'container.js'), 'utf8')).toContain(`"graphApiBaseUrl": "${GRAPH}"`);
  expect(readFileSync(join(sandbox, 'files/view-sandbox.html'), 'utf8')).toContain(
    "location.replace('/#/viewSandbox')",
  );
  expect(statSync(join(sandbox, 'bin/npm')).mode & 0o111).not.toBe(0);
  expect(path.split(delimiter)[0]).toBe(join(sandbox, 'bin'));
}

describe('npm start writes .sandbox', () => {
  it('into a fresh clone, silently', () => {
    const root = project();
    const { lines, path } = write(root);
    expect(lines).toEqual([]);
    expectComplete(root, path);
  });

  it.each([
    ['.sandbox is a file', (sandbox: string) => writeFileSync(sandbox, 'x'), /EEXIST|ENOTDIR/],
    [
      'container.js is a folder',
      (sandbox: string) => mkdirSync(join(sandbox, 'container.js'), { recursive: true }),
      /EISDIR/,
    ],
    [
      'bin is a file',
      (sandbox: string) => (mkdirSync(sandbox), writeFileSync(join(sandbox, 'bin'), 'x')),
      /EEXIST|ENOTDIR/,
    ],
    [
      'files is a file',
      (sandbox: string) => (mkdirSync(sandbox), writeFileSync(join(sandbox, 'files'), 'x')),
      /EEXIST|ENOTDIR/,
    ],
  ])('rebuilds it when %s, with one line saying so', (_, breakIt, code) => {
    const root = project(breakIt);
    const { lines, path } = write(root);
    expect(lines).toEqual([expect.stringMatching(/^\.sandbox was broken \(.+\); rebuilt it$/)]);
    expect(lines[0]).toMatch(code);
    expectComplete(root, path);
  });

  it('names the fix when it cannot be written at all', () => {
    const root = join(project(), 'not-a-folder');
    writeFileSync(root, 'x'); // a file where the project folder should be: nothing can be made under it
    expect(() => write(root)).toThrow(`cannot write ${root}/.sandbox (ENOTDIR: `);
    expect(() => write(root)).toThrow(
      /\)\. Remove it \(rm -rf \.sandbox\) or fix its permissions, then run npm start again\.$/,
    );
    expect(existsSync(join(root, '.sandbox'))).toBe(false);
  });
});
