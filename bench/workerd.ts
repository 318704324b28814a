/**
 * The built action in workerd, the Workers runtime (through miniflare), where the platform's
 * fetch answers with a real `Response`. Inside an isolate the clock stands still while code
 * runs, so every time is taken from outside, around a request to the worker.
 * - Warm: a request running the action n times, minus one running it 0 times, per event;
 *   against an action that only fetches and reads the answer, in alternating rounds.
 * - Cold: one request to a worker that has never run, which compiles the action's source
 *   (workerd's eval binding, as the engine loads a module from text), evaluates it and sends
 *   the first event; minus the same for a module that does nothing. Each sample is a fresh
 *   isolate, and the kinds alternate (another build, when given, is one more kind).
 */
import { Miniflare } from 'miniflare';
import { GRAPH_OK, GRAPH_OK_HEADERS, benchEvent } from './event';
import { FETCH_ONLY, NOTHING, wrapModule } from './modules';
import { alternate, median, ratio } from './rounds';

/** The platform's module context, built inside the isolate; its fetch answers at once with a real Response. */
const contextCode = () => `
const call = ${JSON.stringify(benchEvent())};
const noop = () => {};
const context = { arc: call.arc, utils: {
  getSettings: () => call.settings,
  getExtensionSettings: () => call.extensionSettings,
  fetch: async () =>
    new Response(${JSON.stringify(GRAPH_OK)}, { status: 200, headers: ${JSON.stringify(GRAPH_OK_HEADERS)} }),
  logger: { log: noop, info: noop, debug: noop, warn: noop, error: noop },
} };`;

/** Runs the module `?n=` times per request. */
const warmWorker = (lib: string) => `${contextCode()}
const module = { exports: {} };
${wrapModule(lib)}(module, module.exports);
export default { async fetch(request) {
  const n = Number(new URL(request.url).searchParams.get('n'));
  let out = null;
  for (let i = 0; i < n; i++) out = await module.exports(context);
  return Response.json(out);
} };`;

/** Compiles, evaluates and runs the module on its first (and only) request. */
const coldWorker = (lib: string) => `${contextCode()}
const SOURCE = ${JSON.stringify(lib)};
export default { async fetch(request, env) {
  const module = { exports: {} };
  env.EVAL.newFunction(SOURCE, 'module.js', 'module', 'exports')(module, module.exports);
  return Response.json(await module.exports(context));
} };`;

export async function workerd({
  lib,
  rounds,
  batch,
  coldSamples,
  against,
}: {
  lib: string;
  rounds: number;
  batch: number;
  coldSamples: number;
  /** Another build's source, timed warm in the same rounds. */
  against?: string;
}) {
  const worker = (name: string, script: string, unsafeEvalBinding?: string) => ({
    name,
    script,
    routes: [`${name}.bench/*`],
    modules: true,
    compatibilityDate: '2025-09-01',
    unsafeEvalBinding,
  });
  const cold: Record<string, string> = { ours: lib, fetchonly: FETCH_ONLY, nothing: NOTHING };
  if (against) cold.against = against;
  const coldWorkers = Object.entries(cold).flatMap(([kind, source]) =>
    Array.from({ length: coldSamples }, (_, i) => worker(`cold-${kind}-${i}`, coldWorker(source), 'EVAL')),
  );
  const mf = new Miniflare({
    workers: [
      worker('ours', warmWorker(lib)),
      worker('fetchonly', warmWorker(FETCH_ONLY)),
      ...(against ? [worker('against', warmWorker(against))] : []),
      ...coldWorkers,
    ],
  });
  try {
    const timeMs = async (name: string, n = 0) => {
      const start = performance.now();
      const out = (await (await mf.dispatchFetch(`http://${name}.bench/?n=${n}`)).json()) as {
        responses?: { events_received?: number }[];
      } | null;
      const ms = performance.now() - start;
      if (n && name.includes('ours') && out?.responses?.[0]?.events_received !== 1)
        throw new Error(`the action failed in workerd: ${JSON.stringify(out)}`);
      return ms;
    };
    await timeMs('ours'); // the first dispatch sets up miniflare's side: keep it out of the samples
    const kinds = Object.keys(cold);
    const taken: Record<string, number> = Object.fromEntries(kinds.map((kind) => [kind, 0]));
    const coldRun = (kind: string) => () => timeMs(`cold-${kind}-${taken[kind]++}`, 1);
    const coldMs = await alternate(Object.fromEntries(kinds.map((kind) => [kind, coldRun(kind)])), coldSamples);
    const perEvent = (name: string) => async () => {
      const empty = await timeMs(name);
      return ((await timeMs(name, batch)) - empty) * (1000 / batch);
    };
    const warmContenders: Record<string, () => Promise<number>> = {
      ours: perEvent('ours'),
      fetchonly: perEvent('fetchonly'),
    };
    if (against) warmContenders.against = perEvent('against');
    await alternate(warmContenders, 2); // warm-up: let the JIT settle
    const warm = await alternate(warmContenders, rounds);
    const overNothing = (times: number[]) => median(times.map((v, i) => v - coldMs.nothing[i]));
    return {
      oursUs: median(warm.ours),
      fetchOnlyUs: median(warm.fetchonly),
      ratio: ratio(warm.ours, warm.fetchonly),
      againstRatio: against ? ratio(warm.ours, warm.against) : undefined,
      coldMs: overNothing(coldMs.ours),
      coldFetchOnlyMs: overNothing(coldMs.fetchonly),
      /** Median of the per-sample differences, this build minus the other: negative is faster. */
      coldAgainstMs: against ? median(coldMs.ours.map((v, i) => v - coldMs.against[i])) : undefined,
      /** Median of the per-round ratios, each build over the module that does nothing. */
      coldAgainstRatio: against
        ? median(coldMs.ours.map((v, i) => (v - coldMs.nothing[i]) / (coldMs.against[i] - coldMs.nothing[i])))
        : undefined,
    };
  } finally {
    await mf.dispose();
  }
}
