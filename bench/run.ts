/**
 * `npm run bench` (after `npm run build`): what the built extension costs on this machine, in
 * one run, with its targets beside each figure. The method is in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ACTION_VIEW, CONFIGURATION_VIEW, LIB_PATH, ROOT, VIEW_BASE_PATH } from '../scripts/manifest';
import { PIXEL_ID, benchEvent } from './event';
import { node } from './node';
import { views } from './views';
import { workerd } from './workerd';

const libFile = join(ROOT, LIB_PATH);
const lib = readFileSync(libFile, 'utf8');
/** `npm run bench -- --against FILE`: another build of the action, timed in the same rounds. */
const againstAt = process.argv.indexOf('--against');
const againstFile = againstAt > 0 ? resolve(process.argv[againstAt + 1]) : undefined;
const rows: [string, string, string][] = [];
const row = (measure: string, result: string, target = '') => rows.push([measure, result, target]);
const log = (section: string) => process.stderr.write(`bench: ${section}\n`);
const us = (n: number) => `${n.toFixed(1)} µs`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const x = (n: number) => `${n.toFixed(2)}×`;
const check = (ok: boolean, target: string) => `${target} (${ok ? 'met' : 'NOT MET'})`;

async function main(): Promise<void> {
  const load = loadavg()[0].toFixed(2);

  log('Node: the action and the SDK, 21 rounds');
  const n = await node({ libFile, rounds: 21, perRound: 1000, againstFile });
  row('Node: the action, instant fetch, per event', us(n.actionUs));
  row("Node: Meta's SDK building the same body, per event", us(n.sdkUs));
  row('Node: action / SDK body (median of 21 round ratios)', x(n.ratio), check(n.ratio <= 1.25, '≤ 1.25×'));
  row('Node: of which building the request (prepareEvent) / SDK body', x(n.prepareRatio));
  row('Node: of which sending it, instant fetch (sendGraphRequest) / SDK body', x(n.sendRatio));
  if (n.againstRatio) row(`Node: this build / ${againstFile}`, x(n.againstRatio));
  row('Node: a mapped Web SDK purchase, empty action, per event', us(n.mappedUs));
  if (n.mappedAgainstRatio)
    row(
      `Node: the mapped purchase, this build / ${againstFile}`,
      x(n.mappedAgainstRatio),
      check(n.mappedAgainstRatio <= 1.2, '≤ 1.2×'),
    );

  log('workerd: 11 rounds of 2,000 events, 15 cold isolates per kind');
  const against = againstFile ? readFileSync(againstFile, 'utf8') : undefined;
  const w = await workerd({ lib, rounds: 11, batch: 2000, coldSamples: 15, against });
  row('workerd: the action, real Response, per event', us(w.oursUs));
  row('workerd: an action that only fetches and reads the answer', us(w.fetchOnlyUs));
  row('workerd: action / fetch-only (median of 11 round ratios)', x(w.ratio), check(w.ratio <= 2, '≤ 2×'));
  if (w.againstRatio) row(`workerd: this build / ${againstFile}`, x(w.againstRatio));
  row(
    'workerd cold: compile + evaluate + first event, fresh isolate, median of 15',
    ms(w.coldMs),
    check(w.coldMs <= 3, '≤ 3 ms, quiet machine'),
  );
  row('workerd cold: the fetch-only action, the same way', ms(w.coldFetchOnlyMs));
  if (w.coldAgainstMs !== undefined)
    row(`workerd cold: this build − ${againstFile} (median of 15 paired samples)`, ms(w.coldAgainstMs));

  const gzip = gzipSync(lib).length;
  row(
    `Library ${LIB_PATH}, gzip`,
    `${gzip.toLocaleString('en-US')} B (${Buffer.byteLength(lib).toLocaleString('en-US')} B raw)`,
    check(gzip <= 20_000, '≤ 20,000 B'),
  );

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
  console.log(`${date}, Node ${process.version}, ${availableParallelism()} × ${cpu}, load average ${load} at start\n`);
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
