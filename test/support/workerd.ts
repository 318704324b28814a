/**
 * Runs the built action file inside workerd, the Workers runtime (via miniflare), where no
 * Node API exists: the file is evaluated as the platform does with a CommonJS module object,
 * and called with a context built inside the isolate.
 */
import { Miniflare } from 'miniflare';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIB_PATH, ROOT } from '../../scripts/manifest';
import { installWorkMeter } from './workMeter';

export interface WorkerCall {
  settings: unknown;
  extensionSettings: unknown;
  arc: unknown;
  /**
   * How the isolate's fetch answers: a canned Meta answer (a JSON body, or any text), or the real
   * network (e.g. a local stand-in).
   */
  answer: { status: number; body: unknown } | { status: number; text: string } | 'network';
  /** Counts the work done from the answer's arrival to the action's end (test/support/workMeter.ts). */
  meter?: boolean;
}

interface WorkerOutcome {
  output?: unknown;
  error?: { name: string; message: string };
  requests: { url: string; method: string; headers: Record<string, string>; body: string }[];
  logs: string[][];
  /** What the isolate offers: proves the file ran without Node. */
  globals: Record<string, string>;
  /** With `meter`: characters scanned after the answer arrived, and the longest regular-expression input. */
  work?: { chars: number; longestRegexInput: number };
}

function workerSource(lib: string): string {
  return `
const module = { exports: {} };
(function (module, exports) {
${lib}
})(module, module.exports);
const action = module.exports;
const installWorkMeter = ${installWorkMeter.toString()};

function context(call, requests, logs, meter) {
  const fetchFn = async (url, init) => {
    requests.push({ url, method: init.method, headers: init.headers, body: init.body });
    if (call.answer === 'network') return fetch(url, init);
    const headers = { 'content-type': 'application/json' };
    const text = 'text' in call.answer ? call.answer.text : JSON.stringify(call.answer.body);
    const response = new Response(text, { status: call.answer.status, headers });
    if (meter) meter.on = true;
    return response;
  };
  const log = (level) => (...args) => logs.push([level, ...args.map(String)]);
  return {
    arc: call.arc,
    utils: {
      getSettings: () => call.settings,
      getExtensionSettings: () => call.extensionSettings,
      fetch: fetchFn,
      logger: { log: log('log'), info: log('info'), debug: log('debug'), warn: log('warn'), error: log('error') },
    },
  };
}

export default {
  async fetch(request) {
    const call = await request.json();
    const requests = [];
    const logs = [];
    const globals = { process: typeof process, Buffer: typeof Buffer, require: typeof require, crypto: typeof crypto };
    const meter = call.meter ? installWorkMeter() : undefined;
    const outcome = { requests, logs, globals };
    try {
      outcome.output = await action(context(call, requests, logs, meter));
    } catch (e) {
      outcome.error = { name: e.name, message: e.message };
    }
    if (meter) {
      meter.on = false;
      meter.uninstall();
      outcome.work = { chars: meter.chars, longestRegexInput: meter.longestRegexInput };
    }
    return Response.json(outcome);
  },
};
`;
}

export interface ActionWorker {
  run(call: WorkerCall): Promise<WorkerOutcome>;
  dispose(): Promise<void>;
}

/** The built action file, in a fresh isolate. */
export async function startActionWorker(): Promise<ActionWorker> {
  const lib = readFileSync(join(ROOT, LIB_PATH), 'utf8');
  const mf = new Miniflare({ modules: true, script: workerSource(lib), compatibilityDate: '2025-09-01' });
  await mf.ready;
  const post = (path: string, call: WorkerCall) =>
    mf.dispatchFetch(`http://worker${path}`, { method: 'POST', body: JSON.stringify(call) });
  return {
    run: async (call) => (await (await post('/', call)).json()) as WorkerOutcome,
    dispose: () => mf.dispose(),
  };
}
