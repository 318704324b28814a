/**
 * In Node: the built action, called as the engine calls it, with a fetch that answers at once
 * (a ready answer with status, headers and text(): no network, no Response to build), against
 * Meta's Node SDK building the same event's body (its objects, normalize() with its hashing,
 * JSON). Alternating rounds; per round, the mean over `perRound` calls.
 */
import { createRequire } from 'node:module';
import { GRAPH_OK, GRAPH_OK_HEADERS, benchEvent, mappedEvent, sdkBody } from './event';
import { prepareEvent, type PreparedEvent } from '../src/core/conversionsApi';
import { sendGraphRequest, type FetchLike } from '../src/core/graph/send';
import { alternate, median, ratio, usPerCall } from './rounds';

type Action = (context: unknown) => Promise<{ responses: { events_received?: number }[] }>;

export async function node({
  libFile,
  rounds,
  perRound,
  againstFile,
}: {
  libFile: string;
  rounds: number;
  perRound: number;
  /** Another build of the action (`npm run bench -- --against FILE`), timed in the same rounds. */
  againstFile?: string;
}) {
  const action = createRequire(__filename)(libFile) as Action;
  const against = againstFile ? (createRequire(__filename)(againstFile) as Action) : undefined;
  const sdk = sdkBody();
  const event = benchEvent();
  const answer = {
    status: 200,
    ok: true,
    headers: new Headers(GRAPH_OK_HEADERS),
    text: () => Promise.resolve(GRAPH_OK),
  };
  let sent = '';
  const noop = () => {};
  const context = {
    arc: event.arc,
    utils: {
      getSettings: () => event.settings,
      getExtensionSettings: () => event.extensionSettings,
      fetch: (_url: string, init: { body: string }) => ((sent = init.body), Promise.resolve(answer)),
      logger: { log: noop, info: noop, debug: noop, warn: noop, error: noop },
    },
  };

  const mapped = mappedEvent();
  const mappedContext = {
    ...context,
    arc: mapped.arc,
    utils: { ...context.utils, getSettings: () => mapped.settings },
  };

  // Both sides build the same event: Meta accepted ours, and the hashes agree.
  const result = await action(context);
  const ours = JSON.parse(sent).data[0];
  const theirs = JSON.parse(sdk(event)).data[0];
  if (result.responses[0]?.events_received !== 1)
    throw new Error(`the action did not succeed: ${JSON.stringify(result)}`);
  for (const key of ['em', 'ph', 'fn', 'ct', 'zp', 'country']) {
    if (String(ours.user_data[key]) !== String(theirs.user_data[key]))
      throw new Error(`user_data.${key} differs from the SDK's`);
  }
  if (ours.custom_data.contents.length !== 5) throw new Error('the contents are missing');
  // The mapped event carries the same customer data and order, from XDM.
  await action(mappedContext);
  const fromXdm = JSON.parse(sent).data[0];
  if (
    fromXdm.event_name !== 'Purchase' ||
    fromXdm.user_data.em.length !== 2 ||
    fromXdm.custom_data.contents.length !== 5
  )
    throw new Error(`the mapped event is not the same purchase: ${sent}`);

  // The action's two halves, from the source: building the request, and sending it.
  const nowMs = Date.now();
  const prepare = () => prepareEvent(event.extensionSettings, event.settings, event.arc, { nowMs }) as PreparedEvent;
  const { request } = prepare();
  const instant = (() => Promise.resolve(answer)) as unknown as FetchLike;

  const contenders: Record<string, () => Promise<number>> = {
    action: () => usPerCall(() => action(context), perRound),
    sdk: () => usPerCall(() => sdk(event), perRound),
    prepare: () => usPerCall(prepare, perRound),
    send: () => usPerCall(() => sendGraphRequest(request, { fetch: instant }), perRound),
  };
  contenders.mapped = () => usPerCall(() => action(mappedContext), perRound);
  if (against) {
    contenders.against = () => usPerCall(() => against(context), perRound);
    contenders.mappedAgainst = () => usPerCall(() => against(mappedContext), perRound);
  }
  await alternate(contenders, 2); // warm-up: let the JIT settle
  const times = await alternate(contenders, rounds);
  return {
    actionUs: median(times.action),
    sdkUs: median(times.sdk),
    ratio: ratio(times.action, times.sdk),
    prepareRatio: ratio(times.prepare, times.sdk),
    sendRatio: ratio(times.send, times.sdk),
    againstRatio: against ? ratio(times.action, times.against) : undefined,
    mappedUs: median(times.mapped),
    mappedAgainstRatio: against ? ratio(times.mapped, times.mappedAgainst) : undefined,
  };
}
