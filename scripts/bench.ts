/**
 * `npm run bench`: what the extension costs, measured on this machine in one run.
 * Prints a Markdown table; `--json` prints one JSON object instead (use `npm run -s bench --
 * --json`: npm's own banner goes to stdout). `--write-docs` also puts the table into
 * docs/performance.md, between its `bench:start`/`bench:end` markers. `--quick` takes fewer
 * samples (a smoke run, not for the record); `--only=a,b` runs some sections: build, sizes,
 * node, workerd, views.
 *
 * Order: the build first (its output is what everything else measures), then sizes, the Node
 * and workerd timings, and the views in Chromium. Timings are medians over repetitions: these
 * machines are shared and noisy.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { LIB_PATH, ROOT } from './manifest';
import { measureBuild } from './bench/buildTime';
import { ACCESS_TOKEN, PIXEL_ID, benchEvent } from './bench/fixture';
import { runNodeCpu, runNodeThroughput } from './bench/node';
import { renderTable, tableRows, type Results } from './bench/report';
import { BUDGETS, librarySizes, packageZip, readManifest, viewPages, viewSize } from './bench/sizes';
import { snapshotBuild } from './bench/snapshot';
import { runViewReadiness, type ViewCase } from './bench/views';
import { runWorkerd } from './bench/workerd';

const SECTIONS = ['build', 'sizes', 'node', 'workerd', 'views'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const writeDocs = args.includes('--write-docs');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : SECTIONS);
const unknown = [...only].filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length || args.some((a) => !['--json', '--quick', '--write-docs'].includes(a) && a !== onlyArg)) {
  console.error(`usage: npm run bench -- [--json] [--write-docs] [--quick] [--only=${SECTIONS.join(',')}]`);
  process.exit(2);
}
const runs = (section: Section) => only.has(section);

/** Repetitions: full for the record, quick for a smoke run. */
const PLAN = quick
  ? { buildRuns: 1, cpu: { warmup: 1000, rounds: 5, perRound: 500 }, throughput: { warmup: 1000, runs: 1, events: 20_000, chunks: 2 }, workerd: { warmup: 500, reps: 3, batch: 1000 }, viewLoads: 3 }
  : { buildRuns: 3, cpu: { warmup: 5000, rounds: 20, perRound: 1000 }, throughput: { warmup: 5000, runs: 3, events: 100_000, chunks: 4 }, workerd: { warmup: 2000, reps: 9, batch: 5000 }, viewLoads: 10 };

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const version = (pkg: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** The CPU model, with its clock when the kernel reports one (os.cpus() gives 0 MHz in some VMs). */
function cpuModel(): string {
  const model = cpus()[0]?.model ?? 'unknown';
  const mhz = Number(/^cpu MHz\s*:\s*([\d.]+)/m.exec(readIfThere('/proc/cpuinfo'))?.[1]);
  return mhz ? `${model} @ ${Math.round(mhz)} MHz` : model;
}

function machine() {
  const os = readIfThere('/etc/os-release').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1];
  return {
    nproc: availableParallelism(),
    cpu: cpuModel(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${os ?? 'Linux'} (kernel ${release()})`,
    node: process.version,
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    sdk: version('facebook-nodejs-business-sdk'),
    workerd: version('workerd'),
    miniflare: version('miniflare'),
  };
}

function viewCases(nowMs: number, root: string): ViewCase[] {
  const event = benchEvent(nowMs);
  const common = {
    propertySettings: { id: 'PRbench', domains: ['shop.example.com'] },
    company: { orgId: 'BENCH0123456789@AdobeOrg', id: 'CObench', tenantId: 'bench' },
    tokens: {},
  };
  const manifest = readManifest(root);
  const configuration = manifest.configuration?.viewPath;
  return viewPages(manifest).map((page) =>
    page === configuration
      ? { page, init: { ...common, settings: { pixelId: PIXEL_ID, accessToken: ACCESS_TOKEN } }, markers: [PIXEL_ID] }
      : {
          page,
          init: { ...common, settings: event.settings, extensionSettings: event.extensionSettings },
          markers: [
            String(event.settings.serverEvent.event_id),
            String(event.settings.serverEvent.event_source_url),
            String(event.settings.userData.external_id),
            String(event.settings.userData.fbp),
          ],
        },
  );
}

async function main(): Promise<void> {
  if (writeDocs) writeResultsIntoDocs();
  const nowMs = Date.now();
  const results: Results = { machine: machine(), quick, budgets: BUDGETS };
  if (runs('build')) {
    log(`npm run build × ${PLAN.buildRuns}`);
    results.build = measureBuild(PLAN.buildRuns);
  }
  // Everything below measures this copy, whatever happens to dist/ meanwhile.
  const snapshot = snapshotBuild();
  try {
    const { root } = snapshot;
    const libFile = join(root, LIB_PATH);
    if (runs('sizes')) {
      log('sizes and the package zip');
      results.sizes = { libraries: librarySizes(root), views: viewPages(readManifest(root)).map((p) => viewSize(p, root)), zip: packageZip(root) };
    }
    if (runs('node')) {
      log(`Node per-event: ${PLAN.cpu.rounds} rounds × ${PLAN.cpu.perRound} events per contender`);
      const cpu = await runNodeCpu({ ...PLAN.cpu, libFile, nowMs });
      log(`Node throughput: ${PLAN.throughput.runs} × ${PLAN.throughput.events.toLocaleString('en-US')} events`);
      results.node = { cpu, throughput: await runNodeThroughput({ ...PLAN.throughput, libFile, nowMs }) };
    }
    if (runs('workerd')) {
      log(`workerd: ${PLAN.workerd.reps} batches of ${PLAN.workerd.batch}`);
      results.workerd = await runWorkerd({ ...PLAN.workerd, lib: readFileSync(libFile, 'utf8'), nowMs });
    }
    if (runs('views')) {
      log(`views in Chromium: ${PLAN.viewLoads} loads each`);
      const dir = resolve(root, readManifest(root).viewBasePath);
      results.views = await runViewReadiness(viewCases(nowMs, root), PLAN.viewLoads, { dir });
    }
  } finally {
    snapshot.dispose();
  }
  const rows = tableRows(results);
  const table = renderTable(results, rows);
  if (json) process.stdout.write(`${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  else process.stdout.write(`${table}\n`);
  if (writeDocs) {
    const shown = args.filter((a) => a !== '--write-docs' && a !== '--json');
    writeResultsIntoDocs(`Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench${shown.length ? ` -- ${shown.join(' ')}` : ''}\`:\n\n${table}`);
    log(`wrote the table into ${DOCS}`);
  }
}

const DOCS = 'docs/performance.md';

/** Replaces what stands between the markers in docs/performance.md; without text, only checks they are there. */
function writeResultsIntoDocs(text?: string): void {
  const file = join(ROOT, DOCS);
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOCS} has no ${start} … ${end} markers`);
  if (text !== undefined) writeFileSync(file, `${doc.slice(0, from + start.length)}\n${text}\n${doc.slice(to)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
