// Second step of `npm test` and `npm start`: on a fresh clone nothing is installed yet, not even
// the TypeScript runner, so this one is plain JavaScript. It runs `npm ci` (the lockfile, exactly)
// when node_modules or any dependency in it is missing, and does nothing otherwise.
// `node scripts/ensureInstalled.mjs <label>` prefixes its lines with [label].
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// npm's defaults retry each request for minutes when the registry cannot be reached (5 min a
// request, 2 retries, and requests queue for sockets), so first ask the registry once, bounded
// (about 20 s at worst). If it does not answer, install from npm's cache alone or stop.
export const BOUNDED = [
  '--fetch-retries=1',
  '--fetch-retry-mintimeout=1000',
  '--fetch-retry-maxtimeout=2000',
  '--fetch-timeout=10000',
];
export const NPM_CI = ['ci', '--no-audit', '--no-fund'];
const UNREACHABLE =
  /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b|network timeout/;

/**
 * Installs what is missing under `root`; resolves to the exit code. `run(command, args, { show })`
 * runs a command (showing its output, or keeping it to explain a failure) and resolves to
 * `{ status, output }`; tests give their own.
 */
export async function ensureInstalled({
  root,
  label,
  run = (command, args, options) => runCommand(command, args, { ...options, cwd: root }),
  log = console.log,
  error = console.error,
}) {
  const say = (line) => log(`[${label}] ${line}`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const wanted = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const missing = wanted.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  if (!missing.length) return 0;

  const what = existsSync(join(root, 'node_modules'))
    ? `${missing.length} missing package(s), e.g. ${missing[0]}`
    : 'no node_modules';
  say(`${what}: running npm ci (needs the npm registry once; later runs work offline)`);
  const ping = await run('npm', ['ping', ...BOUNDED], { show: false });
  const unreachable = ping.status !== 0 && UNREACHABLE.exec(ping.output);
  if (!unreachable) {
    const install = await run('npm', NPM_CI, { show: true });
    if (install.status === 0) return 0;
    error(`[${label}] npm ci failed; fix the error above and run npm ${label} again.`);
    return install.status || 1;
  }
  const registry = /PING (\S+)/.exec(ping.output)?.[1] ?? 'the npm registry';
  say(`${registry} could not be reached (${unreachable[0]}); trying npm's cache alone (npm ci --offline)`);
  const offline = await run('npm', [...NPM_CI, '--offline', '--loglevel=error'], { show: false });
  if (offline.status === 0) {
    say("installed from npm's cache");
    return 0;
  }
  error(
    `[${label}] Cannot install: the npm registry ${registry} could not be reached (${unreachable[0]}), ` +
      "and npm's cache does not hold every package.",
  );
  error(
    `[${label}] Connect to the network, or point npm at a reachable registry or proxy ` +
      `(npm config get registry / proxy), then run npm ${label} again.`,
  );
  return 1;
}

/** Runs a command, showing its output as it comes or keeping it to explain a failure. */
function runCommand(command, args, { show, cwd }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', show ? 'inherit' : 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      if (show) process.stderr.write(chunk);
    };
    child.stdout?.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ status: 1, output: String(error) }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  process.exitCode = await ensureInstalled({ root, label: process.argv[2] ?? 'install' });
}
