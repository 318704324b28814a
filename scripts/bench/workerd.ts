import type { PreparedEvent } from '../../src/core/conversionsApi';
/**
 * (2) The built action inside workerd (the Workers runtime, via miniflare and the tests'
 * harness, test/support/workerd): a batch of N events with a fetch that answers at once,
 * timed from outside (inside an isolate the clock stands still during computation), minus an
 * empty batch's round trip, per event. A baseline action that only makes the one fetch and
 * reads the answer runs interleaved in a second isolate: the harness's own floor.
 */
import { prepareEvent } from '../../src/core/conversionsApi';
import { startActionWorker, type ActionWorker, type WorkerCall } from '../../test/support/workerd';
import { GRAPH_OK, benchEvent } from './fixture';
import { median, round, timed } from './stats';

export interface WorkerdOptions {
  /** The built action's source (a snapshot of dist/, see ./snapshot). */
  lib: string;
  warmup: number;
  reps: number;
  batch: number;
  nowMs: number;
}

export interface WorkerdResult {
  perEventUs: number;
  /** Per repetition: (batch − empty batch) / N. */
  repsUs: number[];
  /** The same for the baseline action (one fetch, answer read, nothing else). */
  baselinePerEventUs: number;
  emptyBatchMs: number;
  batch: number;
  /** The request body workerd built is byte-identical to the one prepareEvent builds in Node. */
  sameRequestAsNode: boolean;
}

const BASELINE_ACTION = `module.exports = async function baseline(context) {
  const response = await context.utils.fetch('https://graph.facebook.com/v24.0/1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return { responses: [{ status: response.status, text: await response.text() }] };
};`;

export async function runWorkerd(options: WorkerdOptions): Promise<WorkerdResult> {
  const event = benchEvent(options.nowMs);
  const call: WorkerCall = { ...event, answer: { status: 200, body: GRAPH_OK } };
  const workers: ActionWorker[] = [];
  try {
    const ours = await startActionWorker(options.lib);
    workers.push(ours);
    const baseline = await startActionWorker(BASELINE_ACTION);
    workers.push(baseline);
    const outcome = await ours.run(call);
    if (outcome.error || outcome.requests.length !== 1) {
      throw new Error(`the action failed in workerd: ${outcome.error?.message ?? `${outcome.requests.length} requests`}`);
    }
    const perEvent = async (worker: ActionWorker) => {
      const empty = await timed(() => worker.batch(call, 0));
      const full = await timed(() => worker.batch(call, options.batch));
      return { empty, us: ((full - empty) * 1000) / options.batch };
    };
    await ours.batch(call, options.warmup);
    await baseline.batch(call, options.warmup);
    const reps: number[] = [];
    const baselineReps: number[] = [];
    const empties: number[] = [];
    for (let r = 0; r < options.reps; r++) {
      const a = await perEvent(ours);
      const b = await perEvent(baseline);
      reps.push(a.us);
      baselineReps.push(b.us);
      empties.push(a.empty);
    }
    return {
      perEventUs: round(median(reps)),
      repsUs: reps.map((v) => round(v)),
      baselinePerEventUs: round(median(baselineReps)),
      emptyBatchMs: round(median(empties)),
      batch: options.batch,
      sameRequestAsNode: outcome.requests[0].body === (prepareEvent(event.extensionSettings, event.settings, event.arc, { nowMs: options.nowMs }) as PreparedEvent).request.body,
    };
  } finally {
    await Promise.all(workers.map((w) => w.dispose()));
  }
}
