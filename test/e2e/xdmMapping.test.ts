/**
 * A standard Web SDK purchase through Adobe's real rule engine with an action that sets only
 * the test event code: the XDM mapping makes it a complete Meta Purchase. And the consent gate,
 * per policy, judged by what the Graph stand-in received.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_NAME } from '../../src/core/constants';
import type { ServerEvent } from '../../src/core/event/buildEvent';
import { sha256Hex } from '../../src/core/hash/sha256';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { createEngine, logText, type DataElement } from '../support/engine';

const TOKEN = 'EAAGm0PX4ZCpsBAKxdm-access-token';
/** As the Web SDK sends a purchase: identities, the order, three product lines (one without a SKU). */
const WEB_SDK_PURCHASE = {
  _id: 'edge-event-7f3a',
  timestamp: new Date().toISOString(),
  eventType: 'commerce.purchases',
  identityMap: {
    ECID: [{ id: '39402712861929481927365830155234019283', primary: true }],
    Email: [{ id: ' Jane.Doe@Example.com ', authenticatedState: 'authenticated' }, { id: 'jane@work.example' }],
    Phone: [{ id: '+1 (650) 555-1212' }],
  },
  web: {
    webPageDetails: { URL: 'https://shop.example.com/thanks?fbclid=IwAR2F4-dbP0' },
    webReferrer: { URL: 'https://shop.example.com/cart' },
  },
  environment: { ipV6: '2001:db8::7', browserDetails: { userAgent: 'Mozilla/5.0 (Macintosh)' } },
  commerce: { purchases: { value: 1 }, order: { purchaseID: 'ORD-1001', priceTotal: 139.9, currencyCode: 'EUR' } },
  productListItems: [
    { SKU: 'SKU-TSHIRT-M', name: 'T-shirt', quantity: 2, priceTotal: 59.9 },
    { SKU: 'SKU-CAP', name: 'Cap', quantity: 1, priceTotal: 70 },
    { name: 'Gift wrap', quantity: 1, priceTotal: 10 },
  ],
};
const DATA_ELEMENTS: Record<string, DataElement> = {
  accessToken: { value: TOKEN },
  consent: { path: 'arc.event.data.consent' },
  // Core's Path data element returns null for false and 0 (`value || null`): a boolean needs another data element type.
  consentFalse: { value: false },
};

let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [TOKEN] });
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
});

function run(action: Record<string, unknown>, data: Record<string, unknown> = {}) {
  const stashes: Record<string, Record<string, unknown>> = {};
  const engine = createEngine({
    extensionSettings: { pixelId: '1234567890', accessToken: '{{accessToken}}', graphApiBaseUrl: graph.url },
    rules: [[action]],
    dataElements: DATA_ELEMENTS,
    fetch: globalThis.fetch,
    sensitiveTokens: [TOKEN],
    onStash: (id, stash) => (stashes[id] = stash),
  });
  return engine(WEB_SDK_PURCHASE, data).then(([result]) => ({
    result,
    stash: stashes.RL1?.[EXTENSION_NAME] as { responses: Record<string, unknown>[] },
  }));
}

describe('a Web SDK purchase, an action with only a test event code', () => {
  it('reaches Meta as a complete, normalized Purchase', async () => {
    const { result, stash } = await run({ testEventCode: 'TEST4242' });
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0].verdict).toEqual({ ok: true, eventsReceived: 1 });
    const body = graph.requests[0].body;
    expect(body.test_event_code).toBe('TEST4242');
    const event = (body.data as ServerEvent[])[0];
    expect(event).toMatchObject({
      event_name: 'Purchase',
      action_source: 'website',
      event_id: 'ORD-1001',
      event_source_url: WEB_SDK_PURCHASE.web.webPageDetails.URL,
      referrer_url: 'https://shop.example.com/cart',
      event_time: Math.floor(Date.parse(WEB_SDK_PURCHASE.timestamp) / 1000),
    });
    expect(event.user_data).toEqual({
      em: [sha256Hex('jane.doe@example.com'), sha256Hex('jane@work.example')],
      ph: sha256Hex('16505551212'),
      client_ip_address: '2001:db8::7',
      client_user_agent: 'Mozilla/5.0 (Macintosh)',
      fbc: `fb.1.${event.event_time * 1000}.IwAR2F4-dbP0`,
    });
    expect(event.custom_data).toEqual({
      value: 139.9,
      currency: 'EUR',
      order_id: 'ORD-1001',
      contents: [
        { id: 'SKU-TSHIRT-M', quantity: 2, item_price: 29.95 },
        { id: 'SKU-CAP', quantity: 1, item_price: 70 },
      ],
      content_ids: ['SKU-TSHIRT-M', 'SKU-CAP'],
      content_type: 'product',
    });
    expect(stash.responses[0]).toMatchObject({ event_name: 'Purchase', event_id: 'ORD-1001', events_received: 1 });
    expect(logText(result)).toMatch(/1 product item\(s\) without a SKU left out of contents/);
  });

  it('with the mapping off, the same action is refused before anything is sent', async () => {
    const { result } = await run({ testEventCode: 'TEST4242', xdmMapping: { enabled: false } });
    expect(result.status).toBe('failed');
    expect(logText(result)).toMatch(/Invalid setting "Event name" \(serverEvent\.event_name\): it is empty/);
    expect(graph.requests).toHaveLength(0);
  });
});

describe('the consent gate', () => {
  const gated = (policy: Record<string, unknown> = {}) => ({ consent: { value: '{{consent}}', ...policy } });

  it.each([
    ['no', '{{consent}}'],
    ['opt-out', '{{consent}}'],
    [false, '{{consentFalse}}'],
  ])('denied (%j), skip by default: nothing sent, the rule succeeds, the stash says why', async (consent, value) => {
    const { result, stash } = await run({ consent: { value } }, { consent });
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(0);
    const by = 'Advertising consent (consent.value) is';
    expect(stash.responses).toEqual([
      { skipped: `consent denied: ${by} ${typeof consent === 'string' ? `"${consent}"` : consent}` },
    ]);
    expect(logText(result)).toContain(`event not sent: consent denied: ${by}`);
  });

  it(
    'denied with whenDenied limitedDataUse: ' +
      'sent with LDU, country and state from the LDU settings even with the box off',
    async () => {
      const { result } = await run(
        { ...gated({ whenDenied: 'limitedDataUse' }), limitedDataUse: { enabled: false, country: 1, state: 1000 } },
        { consent: 'denied' },
      );
      expect(result.status, logText(result)).toBe('success');
      expect(graph.requests).toHaveLength(1);
      const event = (graph.requests[0].body.data as ServerEvent[])[0];
      expect(event).toMatchObject({
        data_processing_options: ['LDU'],
        data_processing_options_country: 1,
        data_processing_options_state: 1000,
      });
    },
  );

  it('unknown: sent by default; skipped with whenUnknown skip', async () => {
    expect((await run(gated(), { consent: 'maybe' })).result.status).toBe('success');
    expect(graph.requests).toHaveLength(1);
    graph.requests.length = 0;
    const { result, stash } = await run(gated({ whenUnknown: 'skip' }), {});
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(0);
    expect(stash.responses).toEqual([{ skipped: 'consent unknown: Advertising consent (consent.value) is empty' }]);
  });

  it.each([['yes'], [true], [1], ['Granted'], [' opt-in ']])('granted (%j): sent', async (consent) => {
    const { result } = await run(gated({ whenUnknown: 'skip' }), { consent });
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(1);
  });

  it('a skipped event is never refused for its other settings', async () => {
    const { result } = await run(
      { ...gated(), serverEvent: { event_time: 'not a time' }, pixelId: 'not-digits' },
      { consent: 'no' },
    );
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(0);
  });
});
