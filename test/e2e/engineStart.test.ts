/**
 * The send budget counts from the engine's start of the action, read from the engine's own log
 * entry: a visitor's string that imitates it, returned by a slow data element, cannot move it.
 * The built action in Adobe's rule engine on an injected clock (the engine's 30 s module timeout
 * included), with a Graph stand-in inside the process that answers on the same clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_DISPLAY_NAME } from '../../src/core/constants';
import { createEngine, logText, type DataElement, type RuleResult } from '../support/engine';

const TOKEN = 'EAAB-engine-start-token';
const GRAPH = 'https://graph.facebook.com';
const LOOKUP = 'https://lookup.example/visitor';
/** The engine's line for this action's call, as a visitor could send it. */
const IMITATION = `Calling "Send Conversions API Event" module from the "${EXTENSION_DISPLAY_NAME}" extension.`;
const SETTINGS = {
  serverEvent: { event_name: 'Lead', action_source: 'email', event_id: 'lead-1' },
  userData: { em: 'a@example.com', external_id: '{{lookup}}' },
};

/** Later for each test: the engine keeps its log timestamps increasing across runs. */
let epoch = Date.now() + 3_600_000;
afterEach(() => {
  vi.useRealTimers();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a slow data element brings the visitor's string into the engine's logs. */
const lookups: Record<string, (delayMs: number) => DataElement> = {
  'logs the value it found': (delayMs) => ({
    source: async (arc, utils) => {
      await sleep(delayMs);
      const found = String(arc.event.data.note);
      utils.logger.log(found);
      return found;
    },
  }),
  'fetches it (the engine logs the body)': () => ({
    source: async (_arc, utils) => (await utils.fetch(LOOKUP)).text(),
  }),
  "logs it in the shape of the engine's entry": (delayMs) => ({
    source: async (arc, utils) => {
      await sleep(delayMs);
      const found = String(arc.event.data.note);
      utils.logger.log(found, 'Event: ', arc.event, 'Rule Stash: ', {});
      return found;
    },
  }),
};

interface Timeline {
  result: RuleResult;
  /** Times since the engine started the rule, in ms. */
  engineCalled: number;
  ruleEnded: number;
  graphCalled: number[];
  graphAccepted: number[];
  graphAborted: number[];
}

/**
 * One rule run on the injected clock: the lookup answers after `lookupMs`, and the Graph after
 * `graphMs` (never when undefined: each attempt then ends at its timeout).
 */
async function run(lookup: string, lookupMs: number, graphMs: number | undefined): Promise<Timeline> {
  epoch += 120_000;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: epoch });
  const start = Date.now();
  const since = () => Date.now() - start;
  const timeline = { graphCalled: [] as number[], graphAccepted: [] as number[], graphAborted: [] as number[] };
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (String(url) === LOOKUP) {
      await sleep(lookupMs);
      return new Response(IMITATION);
    }
    timeline.graphCalled.push(since());
    if (graphMs === undefined) {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => {
          timeline.graphAborted.push(since());
          reject(new Error('aborted'));
        }),
      );
    }
    await sleep(graphMs);
    timeline.graphAccepted.push(since());
    return new Response(JSON.stringify({ events_received: 1, messages: [], fbtrace_id: 'T1' }), { status: 200 });
  };
  const execute = createEngine({
    extensionSettings: { pixelId: '1234567890', accessToken: TOKEN, graphApiBaseUrl: GRAPH },
    rules: [[SETTINGS]],
    dataElements: { lookup: lookups[lookup](lookupMs) },
    fetch: fetch as typeof globalThis.fetch,
  });
  let ended: number | undefined;
  const pending = execute({}, { note: IMITATION }).then(([result]) => ((ended = since()), result));
  // Moves the clock in 100 ms steps, letting the engine and the action run between them.
  for (let step = 0; ended === undefined && step < 600; step++) await vi.advanceTimersByTimeAsync(100);
  // The Graph may still answer after the rule ended: it is given the time to.
  await vi.advanceTimersByTimeAsync(10_000);
  const result = await pending;
  // The engine's own entry for the call: the first of its shape (it keeps its timestamps
  // increasing, so it may be stamped a ms or two after the rule's start).
  const call = result.logs.find((entry) => entry.messages.length === 6 && entry.messages[1] === IMITATION);
  const engineCalled = call!.timestampMs - start;
  expect(engineCalled).toBeGreaterThanOrEqual(0);
  expect(engineCalled).toBeLessThanOrEqual(3);
  return { result, engineCalled, ruleEnded: ended!, ...timeline };
}

describe.each(Object.keys(lookups))(
  'a visitor string imitating the engine’s call entry: the data element %s',
  (lookup) => {
    it(
      'after 26 s of data elements, the event is not sent; ' +
        'with a start moved to the lookup, the rule would fail at 30.0 s and Meta accept at 31.0 s',
      async () => {
        const { result, engineCalled, ruleEnded, graphCalled, graphAccepted } = await run(lookup, 26_000, 5_000);
        const logs = logText(result);
        // The imitation is in the logs, where the engine or the data element put it.
        expect(logs.split(IMITATION).length - 1).toBeGreaterThanOrEqual(2);
        expect(result.status).toBe('failed');
        expect(logs).toContain(
          `The event was not sent: ${26_000 - engineCalled} ms of the 20000 ms budget were spent before sending`,
        );
        expect(graphCalled).toEqual([]);
        expect(graphAccepted).toEqual([]);
        expect(ruleEnded).toBe(26_000);
      },
    );

    it('after 15 s of data elements and a Graph that never answers, the attempt ends 20 s from the start', async () => {
      const { result, engineCalled, ruleEnded, graphCalled, graphAborted } = await run(lookup, 15_000, undefined);
      const logs = logText(result);
      expect(result.status).toBe('failed');
      expect(logs).toContain(
        `Meta could not be reached: no complete answer within ${5_000 + engineCalled} ms (request aborted). ` +
          'Attempts: 1 (transient; no time left in the budget for another attempt).',
      );
      expect(logs).not.toContain('A timeout occurred');
      expect(graphCalled).toEqual([15_000]);
      expect(graphAborted).toEqual([20_000 + engineCalled]);
      expect(ruleEnded).toBe(20_000 + engineCalled);
    });

    it('after 5 s of data elements, the event is sent and the rule succeeds when Meta accepts it', async () => {
      const { result, ruleEnded, graphAccepted } = await run(lookup, 5_000, 1_000);
      expect(result.status, logText(result)).toBe('success');
      expect(graphAccepted).toEqual([6_000]);
      expect(ruleEnded).toBe(6_000);
    });
  },
);
