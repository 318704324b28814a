/**
 * What `npm start` sets up, end to end without its fixed ports: the example Edge request goes
 * through the real sandbox edge runner, the generated container's data elements and rule, and
 * the built action, into the local Graph stand-in, which checks it the way Meta does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACCESS_TOKEN, LOCAL_PIXEL_ID } from '../../scripts/sandbox/container';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { GRAPH_API_VERSION } from '../../src/core/constants';
import type { ServerEvent } from '../../src/core/event/buildEvent';
import { ROOT, runSandboxEdgeRequest } from './sandboxEdgeRunner';

const example = JSON.parse(readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8'));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [LOCAL_ACCESS_TOKEN] });
});
afterAll(() => graph?.close());
beforeEach(() => {
  graph.requests.length = 0;
});

describe('npm start: the example request through the sandbox edge runner', () => {
  it('sends a Purchase that the Graph stand-in accepts, built from the Edge event', async () => {
    const before = Math.floor(Date.now() / 1000);
    const result = await runSandboxEdgeRequest(graph.url, example);

    expect(result.body.status).toEqual([['RLlocalevents', 'success']]);
    expect(graph.requests).toHaveLength(1);
    const [request] = graph.requests;
    expect(request.path).toBe(`/${GRAPH_API_VERSION}/${LOCAL_PIXEL_ID}/events`);
    expect(request.search).toBe('');
    expect(request.status).toBe(200);
    expect(request.verdict).toEqual({ ok: true, eventsReceived: 1 });

    const event = (request.body.data as ServerEvent[])[0];
    expect(event).toMatchObject({
      event_name: 'Purchase',
      action_source: 'website',
      event_id: 'ORD-1001',
      event_source_url: example.body.xdm.web.webPageDetails.URL,
      referrer_url: 'https://shop.example.com/checkout/payment',
      custom_data: {
        value: 129.9,
        currency: 'EUR',
        content_ids: ['SKU-TSHIRT-M', 'SKU-CAP'],
        content_type: 'product',
        order_id: 'ORD-1001',
      },
    });
    // No xdm.timestamp in the example: the event is "now", so the file never ages out of Meta's 7 days.
    expect(event.event_time).toBeGreaterThanOrEqual(before);
    expect(event.event_time).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    expect(event.user_data).toEqual({
      em: sha256('jane.doe@example.com'),
      ph: sha256('16505551212'),
      fn: sha256('valéry'),
      ln: sha256('doesmith'),
      ct: sha256('sanfrancisco'),
      st: sha256('ca'),
      zp: sha256('94103'),
      country: sha256('us'),
      external_id: sha256('CUST-000042'),
      client_ip_address: '203.0.113.24',
      client_user_agent: example.body.xdm.environment.browserDetails.userAgent,
      fbc: `fb.1.${event.event_time * 1000}.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk`,
    });

    const messages = result.body.traces.flatMap((t) => t.messages).join('\n');
    // Masked, as production masks a Core Secret.
    expect(messages.includes(LOCAL_ACCESS_TOKEN), 'token in the traces').toBe(false);
    expect(messages).toContain('"responses":[{"event_name":"Purchase","event_id":"ORD-1001","events_received":1,');
  });

  it("fails the rule with Meta's code when Graph refuses the token", async () => {
    graph.script({
      kind: 'reply',
      status: 401,
      body: {
        error: {
          message: 'Invalid OAuth access token - Cannot parse access token',
          type: 'OAuthException',
          code: 190,
          fbtrace_id: 'AbCdEfGhIjK',
        },
      },
    });
    const result = await runSandboxEdgeRequest(graph.url, example);

    expect(result.body.status).toEqual([['RLlocalevents', 'failed']]);
    expect(graph.requests).toHaveLength(1); // an auth error is never retried
    const errors = result.body.traces
      .filter((t) => t.attributes.logLevel === 'error')
      .flatMap((t) => t.messages)
      .join('\n');
    expect(errors).toContain('HTTP 401, code 190');
    expect(errors).toContain('fbtrace_id: AbCdEfGhIjK');
    expect(JSON.stringify(result.body.traces).includes(LOCAL_ACCESS_TOKEN), 'token in the traces').toBe(false);
  });
});
