/**
 * Where our per-event time goes, on the benchmark's event: a V8 CPU profile (Node's inspector,
 * 50 µs sampling) of many events after warm-up, summarized by self time per function and per
 * source file. Not part of `npm run bench`; run it when looking for hot spots:
 *   npx tsx scripts/bench/profile.ts [prepare|action] [events] [--no-inline]
 * `prepare`: the core's prepareEvent, bundled as it ships (./coreBundle). `action`: the built
 * action file with an immediate fetch (as in the benchmark). `--no-inline` turns TurboFan
 * inlining off so that small functions are not folded into their callers (slower, but the
 * time is attributed where it is spent; built-ins such as JSON.stringify still count as
 * their caller's self time).
 */
import { Session } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { LIB_PATH, ROOT } from '../manifest';
import { loadCoreBundle, sourceLines } from './coreBundle';
import { benchEvent } from './fixture';
import { immediateContext, loadAction } from './node';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--no-inline')) setFlagsFromString('--no-turbo-inlining');
  const [mode = 'prepare', count = '50000'] = args.filter((a) => !a.startsWith('--'));
  const events = Number(count);
  const event = benchEvent(Date.now());
  let run: (n: number) => Promise<void>;
  let file: string;
  let sourceOf: (line: number) => string;
  let dispose = () => {};
  if (mode === 'action') {
    const action = loadAction();
    const context = immediateContext(event);
    run = async (n) => {
      for (let i = 0; i < n; i++) await action(context());
    };
    file = join(ROOT, LIB_PATH);
    sourceOf = sourceLines(file);
  } else {
    const bundle = loadCoreBundle();
    const { extensionSettings, settings, arc } = event;
    run = async (n) => {
      for (let i = 0; i < n; i++) bundle.core.prepareEvent(extensionSettings, settings, arc, { nowMs: Date.now() });
    };
    ({ file, sourceOf, dispose } = bundle);
  }
  await run(5000);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  const start = performance.now();
  await run(events);
  const elapsed = performance.now() - start;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  dispose();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  const fileUs = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const path = url.replace(/^file:\/\//, '');
    const source = !url ? '(native)' : path === file ? sourceOf(lineNumber + 1) : relative(ROOT, path);
    const key = `${functionName || '(anonymous)'}  ${source}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
    fileUs.set(source, (fileUs.get(source) ?? 0) + dt);
  });
  const perEvent = (us: number) => `${(us / events).toFixed(2).padStart(7)} µs/event ${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`${mode}: ${events} events in ${elapsed.toFixed(0)} ms, ${((elapsed * 1000) / events).toFixed(1)} µs per event (profiler on)\n`);
  console.log('Self time by function:');
  for (const [key, us] of top(selfUs, 25)) console.log(`${perEvent(us)}  ${key}`);
  console.log('\nSelf time by file:');
  for (const [source, us] of top(fileUs, 15)) console.log(`${perEvent(us)}  ${source}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
