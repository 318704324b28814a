/**
 * In Node: the built action, called as the engine calls it, with a fetch that answers at once
 * with a real `Response` (no network), against Meta's Node SDK building the same event's body
 * (its objects, normalize() with its hashing, JSON), and against the floor: an action that only
 * makes the same fetch and reads the answer. Alternating rounds; per round, the mean over
 * `perRound` calls.
 */
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { GRAPH_OK, GRAPH_OK_HEADERS, benchEvent, mappedEvent, sdkBody } from './event';
import { FETCH_ONLY, wrapModule } from './modules';
import { prepareEvent, type PreparedEvent } from '../src/core/conversionsApi';
import { sendGraphRequest, type FetchLike } from '../src/core/graph/send';
import { alternate, median, ratio, usPerCall } from './rounds';

/** A module's exports, from its source. */
function load(source: string): unknown {
  const module = { exports: {} };
  (runInThisContext(wrapModule(source)) as (m: typeof module, e: unknown) => void)(module, module.exports);
  return module.exports;
}

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
  const fetchOnly = load(FETCH_ONLY) as Action;
  // A body is read once: every call gets its own Response, as from the network.
  const answer = () => new Response(GRAPH_OK, { status: 200, headers: GRAPH_OK_HEADERS });
  let sent = '';
  const noop = () => {};
  const context = {
    arc: event.arc,
    utils: {
      getSettings: () => event.settings,
      getExtensionSettings: () => event.extensionSettings,
      fetch: (_url: string, init: { body: string }) => ((sent = init.body), Promise.resolve(answer())),
      logger: { log: noop, info: noop, debug: noop, warn: noop, error: noop },
    },
  };

  const mapped = mappedEvent();
  const mappedContext = {
    ...context,
    arc: mapped.arc,
    utils: { ...context.utils, getSettings: () => mapped.settings },
  };
  // The same calls with the rule engine's own logger, which keeps every level, debug included; a
  // new one for each call, as each rule of each event gets its own.
  const engineLogger = createRequire(__filename)('@adobe/reactor-turbine-edge/src/createNewLogger') as (
    meta: unknown,
  ) => typeof context.utils.logger;
  const withEngineLogger = <C extends { utils: object }>(c: C): C => ({
    ...c,
    utils: { ...c.utils, logger: engineLogger({ ruleId: 'bench' }) },
  });

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
  const instant: FetchLike = () => Promise.resolve(answer());

  const contenders: Record<string, () => Promise<number>> = {
    action: () => usPerCall(() => action(context), perRound),
    sdk: () => usPerCall(() => sdk(event), perRound),
    fetchOnly: () => usPerCall(() => fetchOnly(context), perRound),
    prepare: () => usPerCall(prepare, perRound),
    send: () => usPerCall(() => sendGraphRequest(request, { fetch: instant }), perRound),
  };
  contenders.mapped = () => usPerCall(() => action(mappedContext), perRound);
  contenders.logged = () => usPerCall(() => action(withEngineLogger(context)), perRound);
  contenders.mappedLogged = () => usPerCall(() => action(withEngineLogger(mappedContext)), perRound);
  if (against) {
    contenders.against = () => usPerCall(() => against(context), perRound);
    contenders.mappedAgainst = () => usPerCall(() => against(mappedContext), perRound);
  }
  await alternate(contenders, 2); // warm-up: let the JIT settle
  const times = await alternate(contenders, rounds);
  return {
    actionUs: median(times.action),
    sdkUs: median(times.sdk),
    fetchOnlyUs: median(times.fetchOnly),
    ratio: ratio(times.action, times.sdk),
    overFetchOnlyRatio: ratio(times.action, times.fetchOnly),
    prepareRatio: ratio(times.prepare, times.sdk),
    sendRatio: ratio(times.send, times.sdk),
    againstRatio: against ? ratio(times.action, times.against) : undefined,
    mappedUs: median(times.mapped),
    loggedUs: median(times.logged) - median(times.action),
    mappedLoggedUs: median(times.mappedLogged) - median(times.mapped),
    mappedAgainstRatio: against ? ratio(times.mapped, times.mappedAgainst) : undefined,
  };
}
