/**
 * In Node: the CPU one event costs when the Graph side answers the worst page the action reads,
 * an HTTP 400 that is not JSON, as long as the read cap allows and made of `<` (which a
 * quadratic scan once spent seconds on). CPU time (`process.cpuUsage`) per event, the builds
 * alternating; the answer's `Response` is made before the clock starts.
 */
import { createRequire } from 'node:module';
import { MAX_ANSWER_BYTES } from '../src/core/graph/send';
import { benchEvent } from './event';
import { alternate, median, type Contender } from './rounds';

type Action = (context: unknown) => Promise<unknown>;

export async function hostileAnswer({
  libFile,
  againstFile,
  samples,
}: {
  libFile: string;
  againstFile?: string;
  samples: number;
}): Promise<{ oursMs: number; againstMs?: number }> {
  const event = benchEvent();
  const page = '<'.repeat(MAX_ANSWER_BYTES);
  const noop = () => {};
  let answer: Response;
  const context = {
    arc: event.arc,
    utils: {
      getSettings: () => event.settings,
      getExtensionSettings: () => event.extensionSettings,
      fetch: () => Promise.resolve(answer),
      logger: { log: noop, info: noop, debug: noop, warn: noop, error: noop },
    },
  };
  /** The rule's failure, read in full: what is timed is the path that reads and scans the page. */
  const cpuMs = (action: Action) => async () => {
    answer = new Response(page, { status: 400, headers: { 'content-type': 'text/html' } });
    const start = process.cpuUsage();
    const failure = await action(context).then(
      () => undefined,
      (error: Error) => error,
    );
    const used = process.cpuUsage(start);
    if (!failure || !/HTTP 400/.test(failure.message) || /not read/.test(failure.message))
      throw new Error(`the page was not read and refused: ${failure?.message ?? 'the rule succeeded'}`);
    return (used.user + used.system) / 1000;
  };
  const load = (file: string) => cpuMs(createRequire(__filename)(file) as Action);
  const contenders: Record<string, Contender> = { ours: load(libFile) };
  if (againstFile) contenders.against = load(againstFile);
  const { ours, against } = await alternate(contenders, samples);
  return { oursMs: median(ours), ...(against ? { againstMs: median(against) } : {}) };
}
