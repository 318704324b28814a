/**
 * The Chromium that the browser tests and the benchmark drive (playwright-core brings none).
 * `npm test` runs this right after the install (`tsx scripts/chromium.ts test`): it finds one,
 * or brings one, or stops at once with one line saying what to install. In this order:
 *   1. CHROMIUM_PATH, when set;
 *   2. a system Chromium or Chrome at the usual paths;
 *   3. the Linux x64 Chromium that the npm package @sparticuz/chromium carries (a dev dependency,
 *      so npm ci installed it), unpacked once into node_modules/.cache and checked to run here;
 *   4. Debian's chromium package, with apt-get, when this runs as root or with passwordless sudo.
 * Everything the search touches (variables, paths, commands) can be injected, so tests can take
 * each branch on a machine that has a Chromium.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  mkdirSync,
  readFileSync,
  renameSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

const ROOT = join(__dirname, '..');
const PACKAGE = join(ROOT, 'node_modules/@sparticuz/chromium');

export const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'install Chromium or Google Chrome (Debian or Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to one';

export interface ChromiumOptions {
  env?: NodeJS.ProcessEnv;
  systemPaths?: string[];
  /** Where the packaged Chromium is (or will be) unpacked; null when no package carries one. */
  packagedPath?: string | null;
}

export interface EnsureOptions extends ChromiumOptions {
  /** Unpacks the packaged Chromium to `packagedPath`. */
  unpack?: (to: string) => Promise<void>;
  /** Runs a command; `show` passes its output through. */
  run?: (command: string, args: string[], show: boolean) => { status: number | null };
  isRoot?: boolean;
  say?: (line: string) => void;
}

/** A Chromium already on this machine, or undefined. Does not install anything. */
export function findChromium({
  env = process.env,
  systemPaths = SYSTEM_PATHS,
  packagedPath = defaultPackagedPath(),
}: ChromiumOptions = {}): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH))
      throw new Error(
        `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, where no program is: point it at a Chromium or unset it.`,
      );
    return env.CHROMIUM_PATH;
  }
  return [...systemPaths, ...(packagedPath ? [packagedPath] : [])].find(isExecutable);
}

/** A Chromium that runs here: found, unpacked or installed. Throws one line when there is none. */
export async function ensureChromium(options: EnsureOptions = {}): Promise<string> {
  const {
    systemPaths = SYSTEM_PATHS,
    packagedPath = defaultPackagedPath(),
    unpack = unpackPackaged,
    run = runCommand,
    isRoot = process.getuid?.() === 0,
    say = () => {},
  } = options;
  const found = findChromium({ ...options, systemPaths, packagedPath });
  if (found && found !== packagedPath) return found;

  if (packagedPath) {
    const started = Date.now();
    try {
      if (!found) await unpack(packagedPath);
      if (runs(packagedPath, run)) {
        if (!found)
          say(`unpacked the Chromium of @sparticuz/chromium to ${relative(ROOT, packagedPath)} in ${seconds(started)}`);
        return packagedPath;
      }
      say("the Chromium of @sparticuz/chromium does not run on this machine; trying Debian's chromium package");
    } catch (error) {
      say(`cannot unpack the Chromium of @sparticuz/chromium (${(error as Error).message}); trying Debian's package`);
    }
  }

  const canApt =
    run('apt-get', ['--version'], false).status === 0 && (isRoot || run('sudo', ['-n', 'true'], false).status === 0);
  if (canApt) {
    const started = Date.now();
    say(`installing Debian's chromium package (apt-get${isRoot ? '' : ' with sudo'})`);
    const [command, ...prefix] = [...(isRoot ? [] : ['sudo', '-n']), 'env', 'DEBIAN_FRONTEND=noninteractive'];
    const apt = (...args: string[]) => run(command, [...prefix, 'apt-get', ...args], true).status === 0;
    const installed = apt('update', '-qq') && apt('install', '-y', '-qq', 'chromium') && systemPaths.find(isExecutable);
    if (installed) {
      say(`installed Debian's chromium package in ${seconds(started)}`);
      return installed;
    }
  }
  throw new Error(`No Chromium for the browser tests, and none could be installed here: ${INSTALL_HINT}.`);
}

/** Where this checkout's packaged Chromium goes, or null when the package is not installed. */
function defaultPackagedPath(): string | null {
  try {
    const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
    return join(ROOT, 'node_modules/.cache', `chromium-${version}`, 'chromium');
  } catch {
    return null;
  }
}

/** The package's Brotli-compressed binary, written under a temporary name, then renamed. */
async function unpackPackaged(to: string): Promise<void> {
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.${process.pid}.partial`;
  await pipeline(
    createReadStream(join(PACKAGE, 'bin/chromium.br')),
    createBrotliDecompress(),
    createWriteStream(partial, { mode: 0o755 }),
  );
  renameSync(partial, to);
}

/** Whether it starts here (a wrong architecture or a missing library fails at once). */
function runs(path: string, run: NonNullable<EnsureOptions['run']>): boolean {
  return run(path, ['--version'], false).status === 0;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function runCommand(command: string, args: string[], show: boolean): { status: number | null } {
  return spawnSync(command, args, { stdio: show ? 'inherit' : 'ignore', timeout: show ? undefined : 10_000 });
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

if (require.main === module) {
  const label = process.argv[2] ?? 'chromium';
  const say = (line: string) => console.log(`[${label}] ${line}`);
  ensureChromium({ say }).then(
    (path) => say(`Chromium for the browser tests: ${path}`),
    (error: Error) => {
      console.error(`[${label}] ${error.message} Then run npm ${label} again.`);
      process.exit(1);
    },
  );
}
