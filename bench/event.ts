/**
 * The one event every measurement sends: a website Purchase with raw customer data in every
 * hashed user_data key (two emails), five contents, and the Edge event the rule hands over.
 * Meta's Node SDK builds the same event from the same raw values.
 */
import { createRequire } from 'node:module';

export const PIXEL_ID = '1234567890123456';
const ACCESS_TOKEN = 'EAAB-bench-access-token-0123456789abcdef';
/** Meta's answer to an accepted event. */
export const GRAPH_OK = JSON.stringify({ events_received: 1, messages: [], fbtrace_id: 'ABenchTrace123' });
/** Its headers as Graph sends them to a request for an unencoded answer (ASCII: one byte per character). */
export const GRAPH_OK_HEADERS = { 'content-type': 'application/json', 'content-length': String(GRAPH_OK.length) };

const URL = 'https://shop.example.com/checkout/thank-you?order=ORD-20481';
const UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Chrome/131.0.0.0 Safari/537.36';
const IP = '2001:db8:85a3::8a2e:370:7334';

/** What the platform's getExtensionSettings(), getSettings() and `arc` give the action. */
export function benchEvent(nowMs = Date.now()) {
  const eventTime = Math.floor(nowMs / 1000) - 30;
  const contents = [
    { id: 'SKU-10021', quantity: 1, item_price: 59.9 },
    { id: 'SKU-10388', quantity: 2, item_price: 24.5 },
    { id: 'SKU-20410', quantity: 1, item_price: 39 },
    { id: 'SKU-31007', quantity: 2, item_price: 9.99 },
    { id: 'SKU-40550', quantity: 1, item_price: 16.57 },
  ];
  return {
    extensionSettings: { pixelId: PIXEL_ID, accessToken: ACCESS_TOKEN },
    settings: {
      serverEvent: {
        event_name: 'Purchase',
        event_time: eventTime,
        action_source: 'website',
        event_source_url: URL,
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
        client_ip_address: IP,
        client_user_agent: UA,
        fbc: 'fb.1.1732790000000.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk',
        fbp: 'fb.1.1732789000000.1098115397',
      },
      customData: {
        currency: 'USD',
        value: 184.45,
        content_type: 'product',
        order_id: 'ORD-20481',
        num_items: 7,
        contents,
      },
    },
    arc: {
      event: {
        xdm: {
          timestamp: new Date(eventTime * 1000).toISOString(),
          eventType: 'commerce.purchases',
          web: { webPageDetails: { URL } },
          environment: { ipV6: IP, browserDetails: { userAgent: UA } },
        },
        data: {},
      },
      request: { header: {}, body: {} },
      ruleStash: {},
    },
  };
}

export type BenchEvent = ReturnType<typeof benchEvent>;

/**
 * A Web SDK purchase handled by an action with every field blank: the XDM mapping fills the
 * event name, IDs, the customer's identities, person and address, and the order's money and
 * products. The configured event above sets the same values in the settings.
 */
export function mappedEvent(nowMs = Date.now()) {
  const { extensionSettings, settings, arc } = benchEvent(nowMs);
  const u = settings.userData;
  const c = settings.customData;
  return {
    extensionSettings,
    settings: {},
    arc: {
      ...arc,
      event: {
        xdm: {
          ...arc.event.xdm,
          _id: 'edge-event-20481',
          identityMap: {
            ECID: [{ id: '39402712861929481927365830155234019283', primary: true }],
            Email: u.em.map((id) => ({ id })),
            Phone: [{ id: u.ph }],
          },
          person: { name: { firstName: u.fn, lastName: u.ln }, gender: 'female', birthDate: u.db },
          homeAddress: { city: u.ct, stateProvince: 'US-CA', postalCode: u.zp, countryCode: u.country },
          commerce: {
            purchases: { value: 1 },
            order: { purchaseID: c.order_id, priceTotal: c.value, currencyCode: c.currency },
          },
          productListItems: c.contents.map((i) => ({
            SKU: i.id,
            quantity: i.quantity,
            priceTotal: i.item_price * i.quantity,
          })),
        },
        data: {},
      },
    },
  };
}

/** The SDK's objects, as used here (it has no TypeScript types): every setter returns the object. */
interface SdkObject {
  [method: string]: (...args: unknown[]) => SdkObject;
}
type SdkClasses = Record<'UserData' | 'CustomData' | 'Content' | 'ServerEvent', new () => SdkObject>;

/** Meta's SDK: builds the event's objects, normalizes and hashes them, and serializes the body. */
export function sdkBody(): (event: BenchEvent) => string {
  const { UserData, CustomData, Content, ServerEvent } = createRequire(__filename)(
    'facebook-nodejs-business-sdk',
  ) as SdkClasses;
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  return ({ settings: { userData: u, customData: c, serverEvent: s }, extensionSettings }) => {
    const userData = new UserData()
      .setEmails(list(u.em))
      .setPhones([u.ph])
      .setFirstNames([u.fn])
      .setLastNames([u.ln])
      .setGenders([u.ge])
      .setDatesOfBirth([u.db])
      .setCities([u.ct])
      .setStates([u.st])
      .setZips([u.zp])
      .setCountries([u.country])
      .setExternalIds([u.external_id])
      .setClientIpAddress(u.client_ip_address)
      .setClientUserAgent(u.client_user_agent)
      .setFbc(u.fbc)
      .setFbp(u.fbp);
    const customData = new CustomData()
      .setCurrency(c.currency)
      .setValue(c.value)
      .setContentType(c.content_type)
      .setOrderId(c.order_id)
      .setNumItems(c.num_items)
      .setContents(c.contents.map((i) => new Content().setId(i.id).setQuantity(i.quantity).setItemPrice(i.item_price)));
    const event = new ServerEvent()
      .setEventName(s.event_name)
      .setEventTime(s.event_time)
      .setActionSource(s.action_source)
      .setEventSourceUrl(s.event_source_url)
      .setEventId(s.event_id)
      .setUserData(userData)
      .setCustomData(customData);
    return JSON.stringify({ data: [event.normalize()], access_token: extensionSettings.accessToken });
  };
}
