/**
 * @adobe/reactor-sandbox runs `npm view @adobe/reactor-sandbox version` at every start (and on
 * /status) and exits when the registry cannot be reached. This writes a stub `npm` to put first
 * on the sandbox's PATH: it answers that one question with the installed version and hands
 * every other command to the real npm, so the sandbox starts offline.
 */
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const SANDBOX = '@adobe/reactor-sandbox';

/** Writes `<dir>/npm` and returns the PATH to give the sandbox. */
export function writeNpmStub(root: string, dir: string, path = process.env.PATH ?? ''): string {
  const version = JSON.parse(readFileSync(join(root, 'node_modules', SANDBOX, 'package.json'), 'utf8'))
    .version as string;
  const realNpm = findOnPath('npm', path, resolve(dir));
  mkdirSync(dir, { recursive: true });
  const stub = join(dir, 'npm');
  writeFileSync(
    stub,
    [
      '#!/bin/sh',
      "# Written by npm start (scripts/sandbox/npmStub.ts): answers the sandbox's version check offline.",
      `if [ "$1" = view ] && [ "$2" = ${SANDBOX} ] && [ "$3" = version ]; then echo ${version}; exit 0; fi`,
      `exec ${shellQuote(realNpm)} "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(stub, 0o755);
  return [resolve(dir), path].filter(Boolean).join(delimiter);
}

function findOnPath(name: string, path: string, skip: string): string {
  for (const entry of path.split(delimiter)) {
    if (!entry || resolve(entry) === skip) continue;
    const candidate = join(entry, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`${name} is not on PATH; install Node.js (with npm) first.`);
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
