/**
 * Cold, in Node, as CPU time: compile + evaluate + first event, each sample in a fresh `vm`
 * context (its own globals, nothing of ours compiled in it yet). CPU time holds steadier than
 * wall time on a loaded machine: waiting for a core is not counted.
 *
 * The samples run in a child process started with `--no-compilation-cache`, so that no sample
 * reuses the compiled code or regular expressions of an earlier one (V8 keeps both per process,
 * keyed by their text), and `--expose-gc`, to collect before each sample, so that none pays for
 * the garbage of the last. The platform's objects (Response, TextEncoder, timers, …) are the
 * host's, warmed up first: what is measured is our code, not Node's start. Each kind (this
 * build, another build, the fetch-only action) is reported minus a module that does nothing,
 * sampled in the same round; the kinds alternate.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';
import { GRAPH_OK, GRAPH_OK_HEADERS, benchEvent } from './event';
import { NOTHING, wrapModule } from './modules';
import { alternate, median } from './rounds';

/** Milliseconds of CPU per sample: `load` is compiling and evaluating the module, `total` adds its first event. */
export interface ColdSample {
  load: number;
  total: number;
}

/**
 * Runs the samples in a child process; `sources` are module texts by kind. `v8Flags` go to the
 * child: `--no-lazy` compiles every function with the module instead of on its first call, which
 * splits compiling our code from running it.
 */
export function coldVm(
  sources: Record<string, string>,
  samples: number,
  v8Flags: string[] = [],
): Record<string, ColdSample[]> {
  const out = execFileSync(
    process.execPath,
    [...v8Flags, '--no-compilation-cache', '--expose-gc', '--import', 'tsx', __filename, String(samples)],
    { input: JSON.stringify({ ...sources, nothing: NOTHING }), maxBuffer: 1 << 24, encoding: 'utf8' },
  );
  const all = JSON.parse(out) as Record<string, ColdSample[]>;
  // Each kind minus the module that does nothing, sampled in the same round.
  return Object.fromEntries(
    Object.keys(sources).map((kind) => [
      kind,
      all[kind].map((s, i) => ({ load: s.load - all.nothing[i].load, total: s.total - all.nothing[i].total })),
    ]),
  );
}

/** Medians of the paired differences (`a` minus `b`, per sample) and ratios. */
export function paired(a: ColdSample[], b: ColdSample[]) {
  return {
    diffMs: median(a.map((s, i) => s.total - b[i].total)),
    ratio: median(a.map((s, i) => s.total / b[i].total)),
  };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** In the child: one sample of `source`, in a context that has never run it. */
async function sample(source: string, eventJson: string, round: number): Promise<ColdSample> {
  const answer = () => new Response(GRAPH_OK, { status: 200, headers: GRAPH_OK_HEADERS });
  const context = createContext({
    TextEncoder,
    TextDecoder,
    URL,
    Response,
    Headers,
    AbortController,
    setTimeout,
    clearTimeout,
    answer,
  });
  // The engine's module context, built in the sample's own realm (the action tells plain objects by their prototype).
  const engineContext = `const call = JSON.parse(${JSON.stringify(eventJson)}); const noop = () => {};
    globalThis.engineContext = { arc: call.arc, utils: {
      getSettings: () => call.settings, getExtensionSettings: () => call.extensionSettings, fetch: async () => answer(),
      logger: { log: noop, info: noop, debug: noop, warn: noop, error: noop } } };`;
  new Script(engineContext).runInContext(context);
  (globalThis as { gc?: () => void }).gc?.();
  const start = cpuMs();
  // A comment unique to the sample: V8 would otherwise find the compiled text in its cache.
  const wrapped = new Script(`${wrapModule(source)}\n// sample ${round}`, { filename: 'module.js' }).runInContext(
    context,
  ) as (module: { exports: unknown }, exports: unknown) => void;
  const module = { exports: {} as unknown };
  wrapped(module, module.exports);
  const loaded = cpuMs();
  const result = (await (module.exports as (c: unknown) => Promise<unknown>)(context.engineContext)) as {
    responses?: { events_received?: number; status?: number }[];
  };
  const end = cpuMs();
  const first = result.responses?.[0];
  if (result.responses && first?.events_received !== 1 && first?.status !== 200)
    throw new Error(`the module failed in its fresh context: ${JSON.stringify(result)}`);
  return { load: loaded - start, total: end - start };
}

async function child(samples: number): Promise<void> {
  const sources = JSON.parse(readFileSync(0, 'utf8')) as Record<string, string>;
  // The host's objects, warmed up: Node loads its fetch implementation on first use.
  await new Response('{}').text();
  new TextDecoder().decode(new TextEncoder().encode('é'));
  clearTimeout(setTimeout(() => {}, 0));
  new AbortController().abort();
  const eventJson = JSON.stringify(benchEvent());
  let round = 0;
  const kinds = Object.keys(sources);
  const results = Object.fromEntries(kinds.map((k) => [k, [] as ColdSample[]]));
  const contenders = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      async () => {
        results[kind].push(await sample(sources[kind], eventJson, round++));
        return 0;
      },
    ]),
  );
  await alternate(contenders, samples);
  process.stdout.write(JSON.stringify(results));
}

if (require.main === module) {
  child(Number(process.argv[2])).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
