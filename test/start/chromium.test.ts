/**
 * How `npm test` gets its browser (scripts/chromium.ts). Each branch runs with injected paths and
 * commands, so a machine that has a Chromium can play one that has none; the packaged Chromium
 * is unpacked and launched for real.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureChromium, findChromium, INSTALL_HINT, type EnsureOptions } from '../../scripts/chromium';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'capi-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An executable file at `name` under the temp folder. */
function program(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return path;
}
const nowhere = (name: string) => join(dir, 'missing', name);

/** A machine with no Chromium: none at the usual paths, none unpacked; commands answer as scripted. */
function machine(answers: Record<string, number> = {}, overrides: EnsureOptions = {}) {
  const commands: string[] = [];
  const lines: string[] = [];
  const unpacked: string[] = [];
  const options: EnsureOptions = {
    env: {},
    systemPaths: [nowhere('chromium')],
    packagedPath: nowhere('packaged'),
    isRoot: true,
    unpack: async (to) => void unpacked.push(to),
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      commands.push(line);
      return { status: answers[line] ?? 0 };
    },
    say: (line) => lines.push(line),
    ...overrides,
  };
  return { options, commands, lines, unpacked };
}

const APT = (sudo: string) => [
  'apt-get --version',
  ...(sudo ? ['sudo -n true'] : []),
  `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get update -qq`,
  `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
];
const NONE = `No Chromium for the browser tests, and none could be installed here: ${INSTALL_HINT}.`;

describe("npm test's browser", () => {
  it('is the step right after the install', () => {
    const { scripts } = require(join(ROOT, 'package.json')) as { scripts: Record<string, string> };
    expect(scripts.test.split(' && ')[2]).toBe('tsx scripts/chromium.ts test');
  });

  it('CHROMIUM_PATH first, then the usual paths in order; a CHROMIUM_PATH with nothing there is an error', () => {
    const [first, second, mine] = [program('first'), program('second'), program('mine')];
    const systemPaths = [nowhere('a'), first, second];
    expect(findChromium({ env: {}, systemPaths, packagedPath: null })).toBe(first);
    expect(findChromium({ env: { CHROMIUM_PATH: mine }, systemPaths, packagedPath: null })).toBe(mine);
    expect(findChromium({ env: {}, systemPaths: [nowhere('a')], packagedPath: null })).toBeUndefined();
    expect(() => findChromium({ env: { CHROMIUM_PATH: nowhere('x') }, systemPaths })).toThrow(
      `CHROMIUM_PATH is ${nowhere('x')}, where no program is: point it at a Chromium or unset it.`,
    );
  });

  it('a system Chromium is used as it is: nothing unpacked, nothing installed', async () => {
    const system = program('system-chromium');
    const { options, commands, unpacked, lines } = machine({}, { systemPaths: [system] });
    expect(await ensureChromium(options)).toBe(system);
    expect([commands, unpacked, lines]).toEqual([[], [], []]);
  });

  it('none on the system: the packaged Chromium is unpacked once, and used when it runs here', async () => {
    const packaged = nowhere('packaged');
    const { options, commands, unpacked, lines } = machine();
    expect(await ensureChromium(options)).toBe(packaged);
    expect(unpacked).toEqual([packaged]);
    expect(commands).toEqual([`${packaged} --version`]);
    expect(lines).toEqual([
      expect.stringMatching(/^unpacked the Chromium of @sparticuz\/chromium to .* in \d+\.\d s$/),
    ]);

    const already = program('unpacked');
    const again = machine({}, { packagedPath: already });
    expect(await ensureChromium(again.options)).toBe(already);
    expect([again.unpacked, again.lines]).toEqual([[], []]);
  });

  it("the packaged one does not run here: Debian's package, as root", async () => {
    const installedAt = join(dir, 'apt-chromium');
    const { options, commands, lines } = machine(
      { [`${nowhere('packaged')} --version`]: 1 },
      { systemPaths: [installedAt] },
    );
    const run = options.run!;
    // The install puts the program where the system paths look.
    options.run = (command, args, show) => {
      if (args.includes('install')) program('apt-chromium');
      return run(command, args, show);
    };
    expect(await ensureChromium(options)).toBe(installedAt);
    expect(commands).toEqual([`${nowhere('packaged')} --version`, ...APT('')]);
    expect(lines).toEqual([
      "the Chromium of @sparticuz/chromium does not run on this machine; trying Debian's chromium package",
      "installing Debian's chromium package (apt-get)",
      expect.stringMatching(/^installed Debian's chromium package in \d+\.\d s$/),
    ]);
  });

  it('not root: apt-get through sudo when sudo asks no password, else one line saying what to install', async () => {
    const packagedFails = { [`${nowhere('packaged')} --version`]: 1 };
    const withSudo = machine(packagedFails, { isRoot: false });
    await expect(ensureChromium(withSudo.options)).rejects.toThrow(NONE); // apt ran, but put nothing there
    expect(withSudo.commands.slice(1)).toEqual(APT('sudo -n '));

    const noSudo = machine({ ...packagedFails, 'sudo -n true': 1 }, { isRoot: false });
    await expect(ensureChromium(noSudo.options)).rejects.toThrow(NONE);
    expect(noSudo.commands.slice(1)).toEqual(['apt-get --version', 'sudo -n true']);

    const noApt = machine({ ...packagedFails, 'apt-get --version': 1 });
    await expect(ensureChromium(noApt.options)).rejects.toThrow(NONE);
    expect(noApt.commands.slice(1)).toEqual(['apt-get --version']);
  });

  it('no package carries one (not installed) and the unpack can fail: both go on to apt-get', async () => {
    const noPackage = machine({ 'apt-get --version': 1 }, { packagedPath: null });
    await expect(ensureChromium(noPackage.options)).rejects.toThrow(NONE);
    expect(noPackage.commands).toEqual(['apt-get --version']);

    const broken = machine(
      { 'apt-get --version': 1 },
      {
        unpack: async () => {
          throw new Error('ENOSPC: no space left on device');
        },
      },
    );
    await expect(ensureChromium(broken.options)).rejects.toThrow(NONE);
    expect(broken.lines).toEqual([
      "cannot unpack the Chromium of @sparticuz/chromium (ENOSPC: no space left on device); trying Debian's package",
    ]);
  });

  it('the command stops at once with one line when CHROMIUM_PATH points nowhere', () => {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/chromium.ts', 'test'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: nowhere('chromium') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `[test] CHROMIUM_PATH is ${nowhere('chromium')}, where no program is: point it at a Chromium or unset it. ` +
        'Then run npm test again.\n',
    );
  });

  // The package carries a Linux x64 binary. Only the packaged Chromium's own check runs for real:
  // a test never installs a system package.
  const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
  it.runIf(linuxX64)(
    'for real: with no system Chromium, the packaged one is unpacked (once) and renders a page',
    async () => {
      const run: EnsureOptions['run'] = (command, args) =>
        command.endsWith('/chromium') ? spawnSync(command, args, { stdio: 'ignore' }) : { status: 1 };
      const path = await ensureChromium({ env: {}, systemPaths: [], run });
      expect(path).toMatch(/node_modules\/\.cache\/chromium-[\d.]+\/chromium$/);
      const browser = await chromium.launch({
        executablePath: path,
        args: ['--headless', '--no-sandbox', '--disable-gpu'],
      });
      try {
        const page = await browser.newPage();
        await page.setContent('<label>Pixel ID <input id="pixel" value="1234567890"></label>');
        expect(await page.inputValue('#pixel')).toBe('1234567890');
      } finally {
        await browser.close();
      }
    },
    60_000,
  ); // unpacking 190 MB, then a launch: seconds, more on a loaded machine
});
