import type { PreparedEvent } from '../../src/core/conversionsApi';
/**
 * Node measurements, each in a child `node --expose-gc` process so the parent's browser,
 * workerd and build work stay out of its heap and JIT:
 * - `cpu`: per-event cost of ours against Meta's SDK, interleaved rounds in one process;
 * - `throughput`: the built action, awaited one event after the other, pinned to one CPU
 *   (taskset) when available, with the heap measured after forced GCs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { LIB_PATH, ROOT } from '../manifest';
import { loadCoreBundle } from './coreBundle';
import { ACCESS_TOKEN, GRAPH_OK, benchEvent, loadMetaSdk, type BenchEvent } from './fixture';
import { mean, median, quantile, round } from './stats';

export interface CpuOptions {
  /** The built action file to load (a snapshot of dist/, see ./snapshot). */
  libFile: string;
  warmup: number;
  rounds: number;
  perRound: number;
  nowMs: number;
}
export interface ThroughputOptions {
  libFile: string;
  warmup: number;
  runs: number;
  events: number;
  chunks: number;
  nowMs: number;
}

export interface Timing {
  medianUs: number;
  meanUs: number;
  p90Us: number;
  samples: number;
}
export interface RatioResult {
  ratio: number;
  /** Ratio of the per-round medians: the spread shows the machine's noise. */
  roundMin: number;
  roundMax: number;
}
export interface CpuResult {
  contenders: Record<ContenderName, Timing>;
  /** prepareEvent against the SDK's objects + normalize() + JSON. */
  prepareVsSdk: RatioResult;
  /** The built action (immediate fetch) against the SDK's EventRequest.execute() (immediate HTTP service). */
  actionVsSdk: RatioResult;
  /** Per hashed key: does ours send the SDK's hashes for the same raw input? */
  agreement: Record<string, 'same' | 'differs'>;
  bodyBytes: { ours: number; sdk: number };
}
export interface ThroughputResult {
  eventsPerRun: number;
  runs: { eventsPerSecond: number; heapGrowthBytes: number; heapAfterChunksBytes: number[] }[];
  eventsPerSecond: number;
  heapGrowthBytes: number;
  pinnedCpu?: number;
}

/** Contenders: `ours*` is this extension (the core bundled as shipped; the built action file), `sdk*` Meta's SDK. */
type ContenderName = 'oursPrepare' | 'sdkBuild' | 'oursAction' | 'sdkExecute';
type Action = (context: unknown) => Promise<unknown>;

/* ------------------------------------------------------------------ parent side */

function pinnedCpu(): number | undefined {
  const available = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  return available ? cpus().length - 1 : undefined;
}

function runChild<T>(section: 'cpu' | 'throughput', options: CpuOptions | ThroughputOptions, cpu?: number): Promise<T> {
  const nodeArgs = ['--expose-gc', '--import', 'tsx', __filename, section, JSON.stringify(options)];
  const [command, args] = cpu === undefined ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(cpu), process.execPath, ...nodeArgs]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`node ${section} benchmark exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as T);
    });
  });
}

export const runNodeCpu = (options: CpuOptions) => runChild<CpuResult>('cpu', options);

export async function runNodeThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const cpu = pinnedCpu();
  return { ...(await runChild<ThroughputResult>('throughput', options, cpu)), pinnedCpu: cpu };
}

/* ------------------------------------------------------------------ child side */

const GRAPH_OK_TEXT = JSON.stringify(GRAPH_OK);
const noop = () => {};
const LOGGER = { log: noop, info: noop, debug: noop, warn: noop, error: noop };

/**
 * The platform's module context with a fetch that answers at once (a ready response, no
 * Response construction). A fresh context per event; its functions are made once, so tsx's
 * per-closure naming helper stays out of the timed loop.
 */
export function immediateContext(event: BenchEvent, onBody?: (body: string) => void) {
  const response = { status: 200, ok: true, headers: new Headers({ 'content-type': 'application/json' }), text: async () => GRAPH_OK_TEXT };
  const getSettings = () => event.settings;
  const getExtensionSettings = () => event.extensionSettings;
  const fetch = async (_url: string, init: { body: string }) => (onBody?.(init.body), response);
  const utils = { getSettings, getExtensionSettings, fetch, logger: LOGGER };
  return () => ({ arc: { ...event.arc, ruleStash: {} }, utils: { ...utils } });
}

export function loadAction(file = join(ROOT, LIB_PATH)): Action {
  return require(file) as Action;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  collect();
  collect();
}

function hashedKeyAgreement(ours: Record<string, unknown>, sdk: Record<string, unknown>): Record<string, 'same' | 'differs'> {
  const list = (v: unknown) => [v].flat().map(String).sort().join();
  const keys = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id'];
  return Object.fromEntries(keys.map((k) => [k, list(ours[k]) === list(sdk[k]) ? 'same' : 'differs']));
}

function ratioOf(a: number[], b: number[], all: Record<ContenderName, Timing>, x: ContenderName, y: ContenderName): RatioResult {
  const perRound = a.map((v, i) => v / b[i]);
  return { ratio: round(all[x].medianUs / all[y].medianUs), roundMin: round(Math.min(...perRound)), roundMax: round(Math.max(...perRound)) };
}

async function cpuSection(options: CpuOptions): Promise<CpuResult> {
  const event = benchEvent(options.nowMs);
  const sdk = loadMetaSdk();
  const action = loadAction(options.libFile);
  let actionBody = '';
  const capture = immediateContext(event, (body) => (actionBody = body));
  const context = immediateContext(event);
  const { extensionSettings, settings, arc } = event;
  const bundle = loadCoreBundle();
  const { prepareEvent } = bundle.core;
  bundle.dispose(); // loaded: the temporary file is no longer needed
  const sdkBody = () => JSON.stringify({ data: [sdk.build(event).normalize()], access_token: ACCESS_TOKEN });

  // Correctness first: the same event goes out on every path.
  const prepared = (prepareEvent(extensionSettings, settings, arc, { nowMs: options.nowMs }) as PreparedEvent).request.body;
  await action(capture());
  if (actionBody !== prepared) throw new Error(`the built action (${LIB_PATH}) and src/core's prepareEvent build different bodies: is the build stale? Run npm run build.`);
  const ours = JSON.parse(prepared).data[0];
  const theirs = JSON.parse(await sdk.execute(event)).data[0];
  if (ours.user_data.em.length !== 2 || ours.custom_data.contents.length !== 5) throw new Error('unexpected request body');

  const contenders: Record<ContenderName, () => unknown> = {
    oursPrepare: () => (prepareEvent(extensionSettings, settings, arc, { nowMs: Date.now() }) as PreparedEvent).request.body,
    sdkBuild: sdkBody,
    oursAction: () => action(context()),
    sdkExecute: () => sdk.execute(event),
  };
  const names = Object.keys(contenders) as ContenderName[];
  const samples = Object.fromEntries(names.map((n) => [n, new Float64Array(options.rounds * options.perRound)])) as Record<ContenderName, Float64Array>;
  const roundMedians = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<ContenderName, number[]>;

  for (const name of names) for (let i = 0; i < options.warmup; i++) await contenders[name]();
  for (let r = 0; r < options.rounds; r++) {
    // Rotate the order each round so drift on a shared machine hits every contender alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length];
      const fn = contenders[name];
      const out = samples[name];
      const base = r * options.perRound;
      for (let i = 0; i < options.perRound; i++) {
        const start = performance.now();
        const result = fn();
        if (result instanceof Promise) await result;
        out[base + i] = (performance.now() - start) * 1000;
      }
      roundMedians[name].push(median(out.subarray(base, base + options.perRound)));
    }
  }
  const timings = Object.fromEntries(
    names.map((n) => [n, { medianUs: round(median(samples[n])), meanUs: round(mean(samples[n])), p90Us: round(quantile(samples[n], 0.9)), samples: samples[n].length }]),
  ) as Record<ContenderName, Timing>;
  return {
    contenders: timings,
    prepareVsSdk: ratioOf(roundMedians.oursPrepare, roundMedians.sdkBuild, timings, 'oursPrepare', 'sdkBuild'),
    actionVsSdk: ratioOf(roundMedians.oursAction, roundMedians.sdkExecute, timings, 'oursAction', 'sdkExecute'),
    agreement: hashedKeyAgreement(ours.user_data, theirs.user_data),
    bodyBytes: { ours: prepared.length, sdk: sdkBody().length },
  };
}

async function throughputSection(options: ThroughputOptions): Promise<ThroughputResult> {
  const action = loadAction(options.libFile);
  const context = immediateContext(benchEvent(options.nowMs));
  for (let i = 0; i < options.warmup; i++) await action(context());
  const perChunk = Math.ceil(options.events / options.chunks);
  const runs: ThroughputResult['runs'] = [];
  for (let r = 0; r < options.runs; r++) {
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const heapAfterChunksBytes: number[] = [];
    let elapsed = 0;
    for (let c = 0; c < options.chunks; c++) {
      const start = performance.now();
      for (let i = 0; i < perChunk; i++) await action(context());
      elapsed += performance.now() - start;
      gc();
      heapAfterChunksBytes.push(process.memoryUsage().heapUsed - heapBefore);
    }
    runs.push({
      eventsPerSecond: Math.round((perChunk * options.chunks) / (elapsed / 1000)),
      heapGrowthBytes: heapAfterChunksBytes[heapAfterChunksBytes.length - 1],
      heapAfterChunksBytes,
    });
  }
  return {
    eventsPerRun: perChunk * options.chunks,
    runs,
    eventsPerSecond: Math.round(median(runs.map((r) => r.eventsPerSecond))),
    heapGrowthBytes: Math.max(...runs.map((r) => r.heapGrowthBytes)),
  };
}

if (require.main === module) {
  const [section, json] = process.argv.slice(2);
  const options = JSON.parse(json);
  (section === 'cpu' ? cpuSection(options) : throughputSection(options))
    .then((result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0); // the action's cleared timers aside, nothing should keep the process; exit anyway
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
