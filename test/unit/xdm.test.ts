/** The XDM mapping, rule by rule: what a standard Web SDK event gives each Meta parameter. */
import { describe, expect, it } from 'vitest';
import { prepareEvent, type PreparedEvent } from '../../src/core/conversionsApi';
import { sha256Hex } from '../../src/core/hash/sha256';

const NOW = Date.UTC(2026, 11, 1, 12);
const EXT = { pixelId: '1234567890', accessToken: 'EAAB-token' };
const PAGE = {
  web: { webPageDetails: { URL: 'https://shop.example/thanks' } },
  environment: { browserDetails: { userAgent: 'UA/1' } },
};

function send(xdm: Record<string, unknown>, settings: Record<string, unknown> = {}) {
  const prepared = prepareEvent(
    EXT,
    settings,
    { event: { xdm: { ...PAGE, ...xdm } } },
    { nowMs: NOW },
  ) as PreparedEvent;
  const event = JSON.parse(prepared.request.body).data[0];
  return { event, warnings: prepared.built.warnings };
}
const withEmail = { identityMap: { Email: [{ id: 'a@b.example' }] } };

describe('event_name', () => {
  it.each([
    ['commerce.purchases', 'Purchase'],
    ['commerce.productViews', 'ViewContent'],
    ['commerce.productListAdds', 'AddToCart'],
    ['commerce.checkouts', 'InitiateCheckout'],
    ['commerce.saveForLaters', 'AddToWishlist'],
    ['web.webpagedetails.pageViews', 'PageView'],
  ])('%s → %s', (eventType, name) => {
    const order = { commerce: { order: { priceTotal: 1, currencyCode: 'USD' } } };
    expect(send({ eventType, ...withEmail, ...order }).event.event_name).toBe(name);
  });

  it('falls back on the commerce measures, furthest step first, when the type is missing or unknown', () => {
    expect(
      send({
        eventType: 'custom.thing',
        ...withEmail,
        commerce: { productViews: { value: 1 }, checkouts: { value: 1 } },
      }).event.event_name,
    ).toBe('InitiateCheckout');
    expect(
      send({ ...withEmail, commerce: { checkouts: { value: 1 }, saveForLaters: { value: 1 } } }).event.event_name,
    ).toBe('InitiateCheckout');
    const purchase = { commerce: { purchases: { value: 1 }, order: { priceTotal: 5, currencyCode: 'EUR' } } };
    expect(send({ ...withEmail, ...purchase }).event.event_name).toBe('Purchase');
  });

  it('a type with no Meta event is skipped, not failed; with the mapping off the name is required', () => {
    const linkClick = {
      eventType: 'web.webinteraction.linkClicks',
      ...withEmail,
      commerce: { productViews: { value: 0 } },
    };
    const skipped = prepareEvent(EXT, {}, { event: { xdm: { ...PAGE, ...linkClick } } }, { nowMs: NOW });
    expect(skipped).toEqual({ skipped: 'no Meta event for eventType web.webinteraction.linkClicks' });
    expect(() => send(linkClick, { xdmMapping: { enabled: false } })).toThrow(
      /Event name.*serverEvent\.event_name.*it is empty\. Enter a standard event.*The XDM mapping is off, so the event's event type is not read\./,
    );
  });

  it('a set value wins whole', () => {
    expect(
      send({ eventType: 'commerce.productViews', ...withEmail }, { serverEvent: { event_name: 'Lead' } }).event
        .event_name,
    ).toBe('Lead');
  });
});

describe('action_source and event_id', () => {
  it('website when the event has a page URL; else required', () => {
    expect(send({ eventType: 'web.webpagedetails.pageViews', ...withEmail }).event.action_source).toBe('website');
    const noPage = { event: { xdm: { eventType: 'web.webpagedetails.pageViews', ...withEmail } } };
    expect(() => prepareEvent(EXT, {}, noPage, { nowMs: NOW })).toThrow(/Action source.*it is empty/);
  });

  it("a Purchase's ID is its order ID; other events (and a Purchase without one) use xdm._id", () => {
    const order = { priceTotal: 1, currencyCode: 'USD' };
    expect(
      send({
        _id: 'edge-1',
        eventType: 'commerce.purchases',
        ...withEmail,
        commerce: { order: { ...order, purchaseID: 'ORD-9' } },
      }).event.event_id,
    ).toBe('ORD-9');
    expect(
      send({ _id: 'edge-1', eventType: 'commerce.purchases', ...withEmail, commerce: { order } }).event.event_id,
    ).toBe('edge-1');
    expect(
      send({
        _id: 'edge-2',
        eventType: 'commerce.productViews',
        ...withEmail,
        commerce: { order: { purchaseID: 'ORD-9' } },
      }).event.event_id,
    ).toBe('edge-2');
  });
});

describe('custom_data', () => {
  const items = [
    { SKU: 'A', quantity: 2, priceTotal: 20, currencyCode: 'eur' },
    { SKU: 'B', priceTotal: 5.555, currencyCode: 'EUR' },
    { SKU: 'A', quantity: 1, priceTotal: 10, currencyCode: 'EUR' },
    { name: 'gift wrap', quantity: 1, priceTotal: 1, currencyCode: 'EUR' },
  ];

  it('value, currency, order_id from the order; contents, content_ids and content_type from the items', () => {
    const { event, warnings } = send({
      eventType: 'commerce.purchases',
      ...withEmail,
      commerce: { order: { priceTotal: 36.56, currencyCode: 'eur', purchaseID: 'O1' } },
      productListItems: items,
    });
    expect(event.custom_data).toEqual({
      value: 36.56,
      currency: 'EUR',
      order_id: 'O1',
      contents: [
        { id: 'A', quantity: 2, item_price: 10 },
        { id: 'B', quantity: 1, item_price: 5.56 },
        { id: 'A', quantity: 1, item_price: 10 },
      ],
      content_ids: ['A', 'B'],
      content_type: 'product',
    });
    expect(warnings.join('\n')).toMatch(/1 product item\(s\) without a SKU/);
  });

  it('without an order: the items add up to the value when every item has a total, and their one currency', () => {
    const { event } = send({ eventType: 'commerce.purchases', ...withEmail, productListItems: items });
    expect(event.custom_data).toMatchObject({ value: 36.56, currency: 'EUR' });
    const mixed = send({
      eventType: 'commerce.productViews',
      ...withEmail,
      productListItems: [
        { SKU: 'A', priceTotal: 1, currencyCode: 'USD' },
        { SKU: 'B', currencyCode: 'EUR' },
      ],
    });
    expect(mixed.event.custom_data.value).toBeUndefined();
    expect(mixed.event.custom_data.currency).toBeUndefined();
  });

  it('num_items for InitiateCheckout only', () => {
    expect(
      send({ eventType: 'commerce.checkouts', ...withEmail, productListItems: items }).event.custom_data.num_items,
    ).toBe(5);
    expect(
      send({ eventType: 'commerce.productListAdds', ...withEmail, productListItems: items }).event.custom_data
        .num_items,
    ).toBeUndefined();
  });

  it(
    'only keys absent or blank in the Custom data setting are filled, ' +
      'and a Purchase still needs value and currency',
    () => {
      const xdm = {
        eventType: 'commerce.purchases',
        ...withEmail,
        commerce: { order: { priceTotal: 9, currencyCode: 'USD' } },
      };
      expect(send(xdm, { customData: { value: 7, currency: ' ' } }).event.custom_data).toMatchObject({
        value: 7,
        currency: 'USD',
      });
      expect(() => send({ eventType: 'commerce.purchases', ...withEmail })).toThrow(
        /"Value" \(customData\.value\): a Purchase needs a value\. .*The event has none either: it is read from xdm\.commerce\.order\.priceTotal/,
      );
    },
  );
});

describe('user_data', () => {
  it('identityMap emails and phones (namespaces in any case), normalized and hashed like settings', () => {
    const hashed = sha256Hex('c@d.example');
    const { event } = send({
      eventType: 'web.webpagedetails.pageViews',
      identityMap: {
        email: [{ id: ' A@B.example ' }],
        Email_LC_SHA256: [{ id: hashed.toUpperCase() }, { id: 'not-a-hash' }],
        PHONE: [{ id: '+1 650 555 1212' }],
      },
    });
    expect(event.user_data.em).toEqual([sha256Hex('a@b.example'), hashed]);
    expect(event.user_data.ph).toBe(sha256Hex('16505551212'));
  });

  it('external_id only from the configured namespace', () => {
    const xdm = {
      eventType: 'web.webpagedetails.pageViews',
      identityMap: { CRMID: [{ id: 'Cust-1' }], Email: [{ id: 'a@b.example' }] },
    };
    expect(send(xdm).event.user_data.external_id).toBeUndefined();
    expect(send(xdm, { xdmMapping: { externalIdNamespace: 'crmid' } }).event.user_data.external_id).toBe(
      sha256Hex('Cust-1'),
    );
  });

  it('person and home address; ISO 3166-2 states give the state and, when nothing else does, the country', () => {
    const { event } = send({
      eventType: 'web.webpagedetails.pageViews',
      ...withEmail,
      person: { name: { firstName: 'Valéry', lastName: 'Doe' }, birthDate: '1990-07-14', gender: 'female' },
      homeAddress: { city: 'Cottbus', stateProvince: 'DE-BB', postalCode: '03046' },
    });
    expect(event.user_data).toMatchObject({
      fn: sha256Hex('valéry'),
      ln: sha256Hex('doe'),
      db: sha256Hex('19900714'),
      ge: sha256Hex('f'),
      ct: sha256Hex('cottbus'),
      st: sha256Hex('bb'),
      zp: sha256Hex('03046'),
      country: sha256Hex('de'),
    });
    const coded = send({
      eventType: 'web.webpagedetails.pageViews',
      ...withEmail,
      homeAddress: { stateProvince: 'US-CA', countryCode: 'CA' },
    });
    expect(coded.event.user_data.st).toBe(sha256Hex('ca'));
    expect(coded.event.user_data.country).toBe(sha256Hex('ca'));
    expect(
      send({ eventType: 'web.webpagedetails.pageViews', ...withEmail, person: { gender: 'not_specified' } }).event
        .user_data.ge,
    ).toBeUndefined();
  });
});

describe('precedence and switches', () => {
  const xdm = {
    eventType: 'commerce.productViews',
    identityMap: { Email: [{ id: 'xdm@b.example' }], Phone: [{ id: '+44 20 7946 0958' }] },
  };

  it('a set parameter wins whole: XDM never merges into it', () => {
    const { event } = send(xdm, { userData: { em: 'set@b.example' } });
    expect(event.user_data.em).toBe(sha256Hex('set@b.example'));
    expect(event.user_data.ph).toBe(sha256Hex('442079460958'));
  });

  it(
    'exclude leaves a parameter alone; enabled false (or "false") turns the mapping off, ' +
      'Edge defaults still apply',
    () => {
      expect(send(xdm, { xdmMapping: { exclude: ['ph'] } }).event.user_data.ph).toBeUndefined();
      for (const enabled of [false, 'false']) {
        const { event } = send(xdm, {
          xdmMapping: { enabled },
          serverEvent: { event_name: 'Lead', action_source: 'website' },
        });
        expect(event.user_data).toEqual({ client_user_agent: 'UA/1' });
        expect(event.event_source_url).toBe('https://shop.example/thanks');
      }
    },
  );

  it('refuses an exclude entry that is not a mapped parameter, by name', () => {
    expect(() => send(xdm, { xdmMapping: { exclude: 'em, emails' } })).toThrow(
      /"emails" is not a parameter the mapping fills/,
    );
  });
});
