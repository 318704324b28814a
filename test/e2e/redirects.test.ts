/**
 * A redirect never carries the token anywhere: a local server answers every Graph request
 * with a redirect to a second local port, which must receive nothing. Proved under Node's
 * fetch, inside Adobe's rule engine (turbine-edge) and inside workerd.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendConversionsApiEvent } from '../../src/core/conversionsApi';
import { GraphError } from '../../src/core/errors';
import { createEngine, logText } from '../support/engine';
import { startActionWorker, type ActionWorker } from '../support/workerd';

const TOKEN = 'EAAB-redirect-test-token';
const STATUSES = [301, 302, 303, 307, 308];

interface Recorded {
  method: string;
  url: string;
  body: string;
}

/** A plain HTTP server on 127.0.0.1 that records each request and answers with `answer`. */
async function listen(answer: (req: Recorded) => { status: number; headers?: Record<string, string>; body?: string }) {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      const { status, headers, body } = answer(recorded);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

type Listening = Awaited<ReturnType<typeof listen>>;
let target: Listening;
let redirector: Listening;
/** The status the redirector answers with next. */
let status = 307;

beforeAll(async () => {
  // If a redirect were followed, the target would "accept" the event, whatever the method.
  target = await listen(() => ({
    status: 200,
    body: JSON.stringify({ events_received: 1, messages: [], fbtrace_id: 'followed' }),
  }));
  redirector = await listen((req) => ({ status, headers: { location: `${target.url}${req.url}` } }));
});
afterAll(() => Promise.all([target.close(), redirector.close()]));
beforeEach(() => {
  target.requests.length = 0;
  redirector.requests.length = 0;
});

const SETTINGS = {
  serverEvent: { event_name: 'Lead', action_source: 'email', event_id: 'r-1' },
  userData: { em: 'a@example.com' },
};
const expectedMessage = (s: number) =>
  `The Graph API endpoint redirected (HTTP ${s}): the answer is a redirect to 127.0.0.1:${target.port}; ` +
  'redirects are never followed, since the request carries the access token. Attempts: 1.';

describe.each(STATUSES)('a %d redirect', (redirectStatus) => {
  beforeEach(() => {
    status = redirectStatus;
  });

  it("under Node's fetch: a final failure, the target receives nothing", async () => {
    const error: GraphError = await sendConversionsApiEvent({
      extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: redirector.url },
      settings: SETTINGS,
      arc: {},
      fetch: globalThis.fetch,
      policy: { baseDelayMs: 1, maxDelayMs: 2 },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error.message).toBe(expectedMessage(redirectStatus));
    expect(redirector.requests).toHaveLength(1);
    expect(JSON.parse(redirector.requests[0].body).access_token).toBe(TOKEN);
    expect(target.requests).toEqual([]);
  });

  it('inside the rule engine: the rule fails, the target receives nothing', async () => {
    const run = createEngine({
      extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: redirector.url },
      rules: [[SETTINGS]],
      fetch: globalThis.fetch,
    });
    const [result] = await run({});
    expect(result.status).toBe('failed');
    expect(logText(result)).toContain(
      `Failed to execute "Send Conversions API Event". ${expectedMessage(redirectStatus)}`,
    );
    expect(redirector.requests).toHaveLength(1);
    expect(target.requests).toEqual([]);
  });
});

describe('inside workerd', () => {
  let worker: ActionWorker;
  beforeAll(async () => {
    worker = await startActionWorker();
  });
  afterAll(() => worker?.dispose());

  it.each(STATUSES)('a %d redirect: the action throws, the target receives nothing', async (redirectStatus) => {
    status = redirectStatus;
    const outcome = await worker.run({
      extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: redirector.url },
      settings: SETTINGS,
      arc: {},
      answer: 'network',
    });
    expect(outcome.error).toEqual({ name: 'GraphError', message: expectedMessage(redirectStatus) });
    expect(outcome.requests).toHaveLength(1);
    expect(redirector.requests).toHaveLength(1);
    expect(target.requests).toEqual([]);
  });
});
