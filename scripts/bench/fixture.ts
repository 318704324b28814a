/**
 * The benchmark's one realistic event: a website Purchase with every hashed user_data key
 * filled with raw values (two emails), ip, user agent, fbc, fbp, and five contents; and the
 * same raw values fed to Meta's Node SDK (`facebook-nodejs-business-sdk`, a devDependency).
 */
import { createRequire } from 'node:module';

const requireHere = createRequire(__filename);

export const PIXEL_ID = '1234567890123456';
export const ACCESS_TOKEN = 'EAAB-bench-access-token-0123456789abcdefABCDEF';
/** What the immediate fetch answers: Meta's success body. */
export const GRAPH_OK = { events_received: 1, messages: [], fbtrace_id: 'ABenchTraceId123' };

export interface BenchEvent {
  extensionSettings: Record<string, unknown>;
  settings: {
    serverEvent: Record<string, unknown>;
    userData: Record<string, string | string[]>;
    customData: { currency: string; value: number; content_type: string; order_id: string; num_items: number; contents: { id: string; quantity: number; item_price: number }[] };
  };
  arc: Record<string, unknown>;
}

/** The event, timed 30 s before `nowMs` so it stays inside Meta's window for the whole run. */
export function benchEvent(nowMs: number): BenchEvent {
  const eventTime = Math.floor(nowMs / 1000) - 30;
  const pageUrl = 'https://shop.example.com/checkout/thank-you?order=ORD-20481';
  const userAgent = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  return {
    extensionSettings: { pixelId: PIXEL_ID, accessToken: ACCESS_TOKEN },
    settings: {
      serverEvent: {
        event_name: 'Purchase',
        event_time: eventTime,
        action_source: 'website',
        event_source_url: pageUrl,
        event_id: 'ORD-20481',
      },
      userData: {
        em: ['  Jane.Doe@Example.COM ', 'jane.doe+orders@gmail.com'],
        ph: '+1 (650) 555-1212',
        fn: 'Valéry',
        ln: 'Dupont-Smith',
        ge: 'Female',
        db: '1990-07-14',
        ct: 'San Francisco',
        st: 'California',
        zp: '94107-1234',
        country: 'US',
        external_id: 'CRM-000482193',
        client_ip_address: '2001:db8:85a3::8a2e:370:7334',
        client_user_agent: userAgent,
        fbc: 'fb.1.1732790000000.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk',
        fbp: 'fb.1.1732789000000.1098115397',
      },
      customData: {
        currency: 'USD',
        value: 184.45,
        content_type: 'product',
        order_id: 'ORD-20481',
        num_items: 7,
        contents: [
          { id: 'SKU-10021', quantity: 1, item_price: 59.9 },
          { id: 'SKU-10388', quantity: 2, item_price: 24.5 },
          { id: 'SKU-20410', quantity: 1, item_price: 39 },
          { id: 'SKU-31007', quantity: 2, item_price: 9.99 },
          { id: 'SKU-40550', quantity: 1, item_price: 16.57 },
        ],
      },
    },
    // What the Edge Network hands the rule: the settings above already hold every value.
    arc: {
      event: {
        xdm: {
          timestamp: new Date(eventTime * 1000).toISOString(),
          eventType: 'commerce.purchases',
          web: { webPageDetails: { URL: pageUrl } },
          environment: { ipV6: '2001:db8:85a3::8a2e:370:7334', browserDetails: { userAgent } },
        },
        data: {},
      },
      request: { header: {}, body: {} },
      ruleStash: {},
    },
  };
}

/** The parts of Meta's SDK the benchmark uses (it ships no TypeScript types). */
interface SdkServerEvent {
  normalize(): Record<string, unknown>;
}
export interface MetaSdk {
  build(event: BenchEvent): SdkServerEvent;
  /** Body as the SDK's EventRequest.execute() hands it to its HTTP service. */
  execute(event: BenchEvent): Promise<string>;
}

/** Meta's SDK building the same event from the same raw values (its setters take lists for hashed keys). */
export function loadMetaSdk(): MetaSdk {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const sdk = requireHere('facebook-nodejs-business-sdk') as any;
  const { UserData, CustomData, Content, ServerEvent, EventRequest } = sdk;
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const build = ({ settings }: BenchEvent): SdkServerEvent => {
    const u = settings.userData;
    const userData = new UserData()
      .setEmails(list(u.em))
      .setPhones(list(u.ph))
      .setFirstNames(list(u.fn))
      .setLastNames(list(u.ln))
      .setGenders(list(u.ge))
      .setDatesOfBirth(list(u.db))
      .setCities(list(u.ct))
      .setStates(list(u.st))
      .setZips(list(u.zp))
      .setCountries(list(u.country))
      .setExternalIds(list(u.external_id))
      .setClientIpAddress(u.client_ip_address)
      .setClientUserAgent(u.client_user_agent)
      .setFbc(u.fbc)
      .setFbp(u.fbp);
    const c = settings.customData;
    const customData = new CustomData()
      .setCurrency(c.currency)
      .setValue(c.value)
      .setContentType(c.content_type)
      .setOrderId(c.order_id)
      .setNumItems(c.num_items)
      .setContents(c.contents.map((item) => new Content().setId(item.id).setQuantity(item.quantity).setItemPrice(item.item_price)));
    const se = settings.serverEvent;
    return new ServerEvent()
      .setEventName(se.event_name)
      .setEventTime(se.event_time)
      .setActionSource(se.action_source)
      .setEventSourceUrl(se.event_source_url)
      .setEventId(se.event_id)
      .setUserData(userData)
      .setCustomData(customData);
  };
  let body = '';
  // The SDK's own extension point for HTTP clients: execute() normalizes every event, then hands
  // the request parameters here. Answering at once measures the SDK's work, not a network.
  const httpService = {
    executeRequest: (_url: string, _method: string, _headers: unknown, params: unknown) => {
      body = JSON.stringify(params);
      return Promise.resolve(GRAPH_OK);
    },
  };
  return {
    build,
    execute: async (event) => {
      const ext = event.extensionSettings as { accessToken: string; pixelId: string };
      await new EventRequest(ext.accessToken, ext.pixelId, [build(event)], null, null, null, null, null, null, false, httpService).execute();
      return body;
    },
  };
}
