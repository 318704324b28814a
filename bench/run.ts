/**
 * `npm run bench` (after `npm run build`): what the built extension costs on this machine, in
 * one run, with its targets beside each figure. The method is in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ACTION_VIEW, CONFIGURATION_VIEW, LIB_PATH, ROOT, VIEW_BASE_PATH } from '../scripts/manifest';
import { coldVm, paired, type ColdSample } from './coldVm';
import { PIXEL_ID, benchEvent } from './event';
import { hostileAnswer } from './hostileAnswer';
import { FETCH_ONLY } from './modules';
import { node } from './node';
import { median } from './rounds';
import { views } from './views';
import { workerd } from './workerd';

const libFile = join(ROOT, LIB_PATH);
const lib = readFileSync(libFile, 'utf8');
/** `npm run bench -- --against FILE`: another build of the action, timed in the same rounds. */
const againstAt = process.argv.indexOf('--against');
const againstFile = againstAt > 0 ? resolve(process.argv[againstAt + 1]) : undefined;
const COLD_VM_SAMPLES = 51;
const rows: [string, string, string][] = [];
const row = (measure: string, result: string, target = '') => rows.push([measure, result, target]);
const log = (section: string) => process.stderr.write(`bench: ${section}\n`);
const us = (n: number) => `${n.toFixed(1)} µs`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const x = (n: number) => `${n.toFixed(2)}×`;
const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
const check = (ok: boolean, target: string) => `${target} (${ok ? 'met' : 'NOT MET'})`;

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const against = againstFile ? readFileSync(againstFile, 'utf8') : undefined;
  const vs = againstFile ? basename(againstFile) : '';

  log('Node: the action, the SDK and the fetch-only floor, 21 rounds');
  const n = await node({ libFile, rounds: 21, perRound: 1000, againstFile });
  row('Node: the action, real Response, per event', us(n.actionUs));
  row("Node: Meta's SDK building the same body, per event", us(n.sdkUs));
  row('Node: an action that only fetches and reads the answer, per event', us(n.fetchOnlyUs));
  row('Node: action / SDK body (median of 21 round ratios)', x(n.ratio), check(n.ratio <= 1.5, '≤ 1.5×'));
  row('Node: action / fetch-only', x(n.overFetchOnlyRatio));
  row('Node: of which building the request (prepareEvent) / SDK body', x(n.prepareRatio));
  row('Node: of which sending it, real Response (sendGraphRequest) / SDK body', x(n.sendRatio));
  if (n.againstRatio) row(`Node: this build / ${vs}`, x(n.againstRatio));
  row('Node: a mapped Web SDK purchase, empty action, per event', us(n.mappedUs));
  if (n.mappedAgainstRatio)
    row(
      `Node: the mapped purchase, this build / ${vs}`,
      x(n.mappedAgainstRatio),
      check(n.mappedAgainstRatio <= 1.2, '≤ 1.2×'),
    );

  row("Node: the engine's logger instead of a silent one, per event (its debug line)", us(n.loggedUs));
  row('Node: the same for the mapped purchase', us(n.mappedLoggedUs));

  log('Node: the worst answer the action reads, 15 samples');
  const hostile = await hostileAnswer({ libFile, againstFile, samples: 15 });
  const worst = 'Node: an HTTP 400 of 16 KiB of "<" (not JSON), CPU per event, median of 15';
  row(worst, ms(hostile.oursMs));
  if (hostile.againstMs !== undefined) row(`${worst}, ${vs}`, ms(hostile.againstMs));

  // A sample costs milliseconds, so many are taken: the paired differences are a fraction of a millisecond.
  log(`Node cold: ${COLD_VM_SAMPLES} fresh vm contexts per kind, then as many compiled eagerly`);
  const cold = coldVm({ ours: lib, fetchOnly: FETCH_ONLY, ...(against ? { against } : {}) }, COLD_VM_SAMPLES);
  const coldMedian = (kind: string, part: keyof ColdSample) => median(cold[kind].map((s) => s[part]));
  row(
    `Node cold: compile + evaluate + first event, CPU, fresh vm context, median of ${COLD_VM_SAMPLES}`,
    ms(coldMedian('ours', 'total')),
  );
  row('Node cold: of which compile + evaluate', ms(coldMedian('ours', 'load')));
  row('Node cold: the fetch-only action, the same way', ms(coldMedian('fetchOnly', 'total')));
  // The same with every function compiled with the module: what is left after the load is running our code.
  const eager = coldVm({ ours: lib }, COLD_VM_SAMPLES, ['--no-lazy']).ours;
  row(
    'Node cold, every function compiled at load (--no-lazy): compile + evaluate',
    ms(median(eager.map((s) => s.load))),
  );
  row('Node cold, the same: the first event, running only', ms(median(eager.map((s) => s.total - s.load))));
  if (cold.against) {
    row(`Node cold: ${vs}, the same way`, ms(coldMedian('against', 'total')));
    const { diffMs, ratio } = paired(cold.ours, cold.against);
    row(`Node cold: this build − ${vs} (median of ${COLD_VM_SAMPLES} paired samples)`, ms(diffMs));
    row(
      `Node cold: this build / ${vs} (median of ${COLD_VM_SAMPLES} paired ratios)`,
      x(ratio),
      check(ratio <= 0.5, '≤ 0.5×'),
    );
  }

  log('workerd: 11 rounds of 2,000 events, 15 cold isolates per kind');
  const w = await workerd({ lib, rounds: 11, batch: 2000, coldSamples: 15, against });
  row('workerd: the action, real Response, per event', us(w.oursUs));
  row('workerd: an action that only fetches and reads the answer', us(w.fetchOnlyUs));
  row('workerd: action / fetch-only (median of 11 round ratios)', x(w.ratio), check(w.ratio <= 3, '≤ 3×'));
  if (w.againstRatio) row(`workerd: this build / ${vs}`, x(w.againstRatio));
  row(
    'workerd cold: compile + evaluate + first event, fresh isolate, median of 15',
    ms(w.coldMs),
    check(w.coldMs <= 5, '≤ 5 ms'),
  );
  row('workerd cold: the fetch-only action, the same way', ms(w.coldFetchOnlyMs));
  if (w.coldAgainstMs !== undefined)
    row(`workerd cold: this build − ${vs} (median of 15 paired samples)`, ms(w.coldAgainstMs));
  if (w.coldAgainstRatio !== undefined)
    row(`workerd cold: this build / ${vs} (median of 15 paired ratios)`, x(w.coldAgainstRatio));

  const gzip = gzipSync(lib).length;
  const raw = Buffer.byteLength(lib);
  row(`Library ${LIB_PATH}, gzip`, bytes(gzip), check(gzip <= 15_000, '≤ 15,000 B'));
  row(`Library ${LIB_PATH}, raw (minified)`, bytes(raw), check(raw <= 40_000, '≤ 40,000 B'));
  if (against)
    row(`Library ${vs}, gzip (raw)`, `${bytes(gzipSync(against).length)} (${bytes(Buffer.byteLength(against))})`);

  log('views in Chromium, 5 loads each');
  const event = benchEvent();
  const ready = await views(
    join(ROOT, VIEW_BASE_PATH),
    [
      { page: CONFIGURATION_VIEW, init: { settings: { pixelId: PIXEL_ID } }, shows: [PIXEL_ID] },
      {
        page: ACTION_VIEW,
        init: { settings: event.settings, extensionSettings: event.extensionSettings },
        shows: ['ORD-20481'],
      },
    ],
    5,
  );
  for (const [page, time] of Object.entries(ready))
    row(
      `View ${page}: navigation → form showing its settings, median of 5`,
      `${time.toFixed(0)} ms`,
      check(time < 500, '< 500 ms'),
    );

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    `${date}, Node ${process.version}, ${availableParallelism()} × ${cpu}, load averages (1, 5, 15 min) ` +
      `${load} at the start, ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')} at the end\n`,
  );
  console.log('| Measure | Result | Target |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
