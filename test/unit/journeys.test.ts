/**
 * Every Adobe journey with an empty action: what each standard event becomes, what is skipped,
 * and the rules the event's own fields bring (consent, app events, money, what the Edge hides).
 */
import { describe, expect, it } from 'vitest';
import { prepareEvent, type Prepared, type PreparedEvent } from '../../src/core/conversionsApi';
import { SettingError } from '../../src/core/errors';
import { sha256Hex } from '../../src/core/hash/sha256';
import {
  cartRemoval,
  consentDenied,
  leadForm,
  lifecycleLaunch,
  mobilePurchase,
  registration,
  siteSearch,
  WEB_PAGE,
  type Arc,
} from '../support/journeys';

const EXT = { pixelId: '1234567890', accessToken: 'EAAB-journeys' };
const NOW = Date.now();

function prepared(arc: unknown, settings: Record<string, unknown> = {}): Prepared {
  return prepareEvent(EXT, settings, arc, { nowMs: NOW });
}
function sent(arc: unknown, settings: Record<string, unknown> = {}) {
  const result = prepared(arc, settings);
  if ('skipped' in result) throw new Error(`skipped: ${result.skipped}`);
  return { event: JSON.parse((result as PreparedEvent).request.body).data[0], warnings: result.built.warnings };
}
function refusal(arc: unknown, settings: Record<string, unknown> = {}): SettingError {
  try {
    prepared(arc, settings);
  } catch (error) {
    if (error instanceof SettingError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
const web = (xdm: Record<string, unknown>): Arc => ({
  event: { xdm: { ...WEB_PAGE, timestamp: new Date(NOW).toISOString(), ...xdm } },
});
const withEmail = { identityMap: { Email: [{ id: 'a@b.example' }] } };

describe('journeys named from the event type', () => {
  it('a lead form is a Lead with its contact fields, person and address', () => {
    const { event } = sent(leadForm());
    expect(event).toMatchObject({
      event_name: 'Lead',
      action_source: 'website',
      event_id: 'lead-5c1e',
      event_source_url: 'https://shop.example.com/contact',
    });
    expect(event.user_data).toMatchObject({
      em: sha256Hex('ana.silva@example.com'),
      ph: [sha256Hex('351912345678'), sha256Hex('351212345678')],
      fn: sha256Hex('ana'),
      ln: sha256Hex('silva'),
      ct: sha256Hex('lisboa'),
      zp: sha256Hex('1100148'),
      country: sha256Hex('pt'),
    });
  });

  it('leadOperation.newLead is a Lead; an email in both identityMap and personalEmail is sent once', () => {
    const { event } = sent(
      web({
        eventType: 'leadOperation.newLead',
        identityMap: { Email: [{ id: 'Lead@Example.com' }] },
        personalEmail: { address: ' lead@example.com ' },
      }),
    );
    expect(event.event_name).toBe('Lead');
    expect(event.user_data.em).toBe(sha256Hex('lead@example.com'));
  });

  it("Adobe Commerce's account creation is a CompleteRegistration", () => {
    const { event } = sent(registration());
    expect(event.event_name).toBe('CompleteRegistration');
    expect(event.user_data.em).toBe(sha256Hex('new.customer@example.com'));
  });

  it("Adobe Commerce's search request is a Search with its query; the search response is skipped", () => {
    const { event } = sent(siteSearch(), { userData: { client_ip_address: '198.51.100.23' } });
    expect(event.event_name).toBe('Search');
    expect(event.custom_data).toEqual({ search_string: 'running shoes' });
    const response = siteSearch();
    response.event.xdm.eventType = 'searchResponse';
    expect(prepared(response)).toEqual({ skipped: 'no Meta event for eventType searchResponse' });
  });

  it('a page view carrying a purchase and its order is a Purchase; without the order it stays a PageView', () => {
    const order = { purchaseID: 'O-7', priceTotal: 12, currencyCode: 'USD' };
    const pageView = { eventType: 'web.webpagedetails.pageViews', ...withEmail };
    expect(sent(web({ ...pageView, commerce: { purchases: { value: 1 }, order } })).event).toMatchObject({
      event_name: 'Purchase',
      event_id: 'O-7',
      custom_data: { value: 12, currency: 'USD', order_id: 'O-7' },
    });
    expect(sent(web({ ...pageView, commerce: { purchases: { value: 1 } } })).event.event_name).toBe('PageView');
    expect(sent(web({ ...pageView, commerce: { productViews: { value: 1 } } })).event.event_name).toBe('ViewContent');
  });
});

describe('events with no Meta equivalent are skipped, not failed', () => {
  it.each([
    ['a cart removal', cartRemoval(), 'no Meta event for eventType commerce.productListRemovals'],
    ['a Mobile SDK lifecycle launch', lifecycleLaunch(), 'no Meta event for eventType application.launch'],
    [
      'an unknown type',
      web({ eventType: 'luma.somethingElse', ...withEmail }),
      'no Meta event for eventType luma.somethingElse',
    ],
    ['no type at all', web(withEmail), 'no Meta event for this event: it has no xdm.eventType and no commerce measure'],
    [
      'a type that is not one',
      web({ eventType: 'x'.repeat(200), ...withEmail }),
      'no Meta event for eventType that is not an XDM event type',
    ],
  ])('%s', (_, arc, reason) => {
    expect(prepared(arc)).toEqual({ skipped: reason });
  });

  it('with an event name set, nothing is skipped; mapping off or the name excluded: the name is required', () => {
    expect(sent(cartRemoval(), { serverEvent: { event_name: 'RemoveFromCart' } }).event.event_name).toBe(
      'RemoveFromCart',
    );
    expect(refusal(cartRemoval(), { xdmMapping: { enabled: false } }).setting).toBe('serverEvent.event_name');
    expect(refusal(cartRemoval(), { xdmMapping: { exclude: ['event_name'] } }).problem).toMatch(
      /The XDM mapping leaves it alone \(excluded in its settings\), so the event's event type is not read\.$/,
    );
  });
});

describe('consent from the event', () => {
  it('a share or marketing refusal in the event skips it, naming the field that decided', () => {
    expect(prepared(consentDenied())).toEqual({ skipped: 'consent denied: xdm.consents.share.val is "n"' });
    for (const [path, consents] of [
      ['xdm.consents.marketing.any.val is "dn"', { marketing: { any: { val: 'dn' } } }],
      ['xdm.consents.collect.val is "n"', { collect: { val: 'n' } }],
    ] as const) {
      expect(prepared(web({ ...withEmail, eventType: 'commerce.productViews', consents }))).toEqual({
        skipped: `consent denied: ${path}`,
      });
    }
  });

  it('a grant (y, dy, or a legal basis such as LI) or no consent field at all: sent as today', () => {
    for (const val of ['y', 'dy', 'LI', 'CT']) {
      const arc = web({ ...withEmail, eventType: 'commerce.productViews', consents: { share: { val } } });
      expect(sent(arc).event.event_name).toBe('ViewContent');
    }
    expect(sent(web({ ...withEmail, eventType: 'commerce.productViews' })).event.event_name).toBe('ViewContent');
  });

  it('pending or unknown follows "When consent is unknown": sent by default, skipped on request', () => {
    const arc = web({ ...withEmail, eventType: 'commerce.productViews', consents: { share: { val: 'p' } } });
    expect(sent(arc).event.event_name).toBe('ViewContent');
    expect(prepared(arc, { consent: { whenUnknown: 'skip' } })).toEqual({
      skipped: 'consent unknown: xdm.consents.share.val is "p"',
    });
  });

  it('"When consent is denied: limitedDataUse" applies to the event\'s own refusal too', () => {
    const { event } = sent(consentDenied(), { consent: { whenDenied: 'limitedDataUse' } });
    expect(event).toMatchObject({ data_processing_options: ['LDU'], data_processing_options_country: 0 });
  });

  it('the Advertising consent setting wins over the event, whole; one giving nothing leaves it to the event', () => {
    expect(sent(consentDenied(), { consent: { value: 'granted' } }).event.event_name).toBe('AddToCart');
    const granted = web({ ...withEmail, eventType: 'commerce.productViews', consents: { share: { val: 'y' } } });
    expect(prepared(granted, { consent: { value: 'dn' } })).toEqual({
      skipped: 'consent denied: Advertising consent (consent.value) is "dn"',
    });
    expect(prepared(consentDenied(), { consent: { value: '' } })).toEqual({
      skipped: 'consent denied: xdm.consents.share.val is "n"',
    });
  });

  it('the setting reads every shape a data element can give: lists, XDM objects, the consents object', () => {
    const arc = web({ ...withEmail, eventType: 'commerce.productViews' });
    for (const value of [
      ['n'],
      { val: 'n' },
      { value: 'No' },
      'Rejected',
      'OPT_OUT',
      'opted out',
      { share: { val: 'n' } },
    ]) {
      const result = prepared(arc, { consent: { value } });
      expect(result, JSON.stringify(value)).toMatchObject({ skipped: expect.stringMatching(/^consent denied: /) });
    }
    expect('skipped' in prepared(arc, { consent: { value: { share: { val: 'y' } } } })).toBe(false);
  });

  it('an IAB TCF v2 string where GDPR applies decides by purposes 1, 3, 4 and 7', () => {
    const tcf = (purposes: number[], gdprApplies: unknown = true) =>
      web({
        ...withEmail,
        eventType: 'commerce.productViews',
        consentStrings: [
          {
            consentStandard: 'IAB TCF',
            consentStandardVersion: '2.2',
            consentStringValue: tcString(purposes),
            gdprApplies,
          },
        ],
      });
    expect(sent(tcf([1, 2, 3, 4, 7, 9])).event.event_name).toBe('ViewContent');
    expect(prepared(tcf([1, 2, 7]))).toEqual({
      skipped: 'consent denied: xdm.consentStrings[0] (IAB TCF) has no consent for purpose 3, 4',
    });
    expect(sent(tcf([1], false)).event.event_name).toBe('ViewContent');
  });
});

/** A TCF v2 core string with the given purpose consents (the other fields zero). */
function tcString(purposes: number[]): string {
  const bits = Array.from({ length: 230 }, () => '0');
  '000010'.split('').forEach((b, i) => (bits[i] = b)); // version 2
  for (const p of purposes) bits[152 + p - 1] = '1';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bits.length; i += 6)
    out +=
      alphabet[
        parseInt(
          bits
            .slice(i, i + 6)
            .join('')
            .padEnd(6, '0'),
          2,
        )
      ];
  return out;
}

describe('app events from the Mobile SDK', () => {
  it("a Mobile SDK purchase is an app event with app_data, extinfo in Meta's slot order, and the IDFA as madid", () => {
    const { event, warnings } = sent(mobilePurchase());
    expect(event).toMatchObject({ event_name: 'Purchase', action_source: 'app', event_id: 'LUMA-2001' });
    expect(event.app_data).toEqual({
      advertiser_tracking_enabled: 0,
      application_tracking_enabled: 0,
      extinfo: [
        'i2',
        'com.adobe.luma.tutorial.swiftui',
        '3.1.0',
        '3.1.0',
        '17.4',
        'iPhone16,1',
        'en-US',
        '',
        'T-Mobile',
        '1179',
        '2556',
        '',
        '',
        '',
        '',
        '',
      ],
    });
    expect(event.user_data).toMatchObject({
      em: sha256Hex('sam@example.com'),
      madid: '6D92078A-8246-4BA4-AE5B-76104861E7DC',
      client_ip_address: '203.0.113.40',
    });
    // The request's User-Agent header is the app's HTTP client, not a browser: only website events take it.
    expect(event.user_data.client_user_agent).toBeUndefined();
    expect(event.custom_data).toMatchObject({
      value: 30,
      currency: 'USD',
      contents: [{ id: 'LLWS05.1-XS', quantity: 3, item_price: 10 }],
    });
    expect(warnings).toEqual([]);
  });

  it("the tracking flags follow the event's ad-ID consent; a refusal also keeps the IDFA out", () => {
    const granted = mobilePurchase();
    granted.event.xdm.consents = { adID: { val: 'y', idType: 'IDFA' } };
    expect(sent(granted).event.app_data).toMatchObject({
      advertiser_tracking_enabled: 1,
      application_tracking_enabled: 1,
    });
    const denied = mobilePurchase();
    denied.event.xdm.consents = { adID: { val: 'n' } };
    const { event, warnings } = sent(denied);
    expect(event.app_data.advertiser_tracking_enabled).toBe(0);
    expect(event.user_data.madid).toBeUndefined();
    expect(warnings).toContain(
      'Mobile advertiser ID (userData.madid): xdm.consents.adID.val refuses the use of the advertising ID, ' +
        'so it is not sent; not sent',
    );
  });

  it("an all-zero IDFA (iOS without the visitor's permission) is no ID; GAID on Android, a2", () => {
    const zero = mobilePurchase();
    (zero.request!.body!.xdm as { identityMap: Record<string, unknown> }).identityMap.IDFA = [
      { id: '00000000-0000-0000-0000-000000000000' },
    ];
    expect(sent(zero).event.user_data.madid).toBeUndefined();
    const android = mobilePurchase();
    android.request!.body!.xdm = {
      identityMap: { gaid: [{ id: '38400000-8cf0-11bd-b23e-10b96e40000d' }] },
      implementationDetails: { name: 'https://ns.adobe.com/experience/mobilesdk/android', environment: 'app' },
    };
    const { event } = sent(android);
    expect(event.user_data.madid).toBe('38400000-8cf0-11bd-b23e-10b96e40000d');
    expect(event.app_data.extinfo[0]).toBe('a2');
  });

  it('a key set in the App data setting wins; the event fills the others', () => {
    const { event } = sent(mobilePurchase(), { serverEvent: { app_data: { advertiser_tracking_enabled: 1 } } });
    expect(event.app_data.advertiser_tracking_enabled).toBe(1);
    expect(event.app_data.application_tracking_enabled).toBe(0);
    expect(event.app_data.extinfo[0]).toBe('i2');
  });

  it('a purchase without Lifecycle fields: sent, with a warning naming the empty required extinfo slot', () => {
    const bare = mobilePurchase();
    for (const key of ['application', 'device', 'environment']) delete bare.event.xdm[key];
    const { event, warnings } = sent(bare);
    expect(event.app_data.extinfo[0]).toBe('i2');
    expect(warnings).toContain(
      'App data (JSON) (serverEvent.app_data): extinfo slot 4 (the OS version) is empty, which Meta marks ' +
        "required; the Mobile SDK's Lifecycle for Edge Network fields fill it",
    );
  });

  it('an app event without app data is refused, saying where it could come from', () => {
    const typed = { serverEvent: { action_source: 'app' } };
    const error = refusal(web({ ...withEmail, eventType: 'commerce.productViews' }), typed);
    expect(error.setting).toBe('serverEvent.app_data');
    expect(error.problem).toMatch(/^app events need it\. Enter a JSON object/);
    expect(error.problem).toMatch(/The event has none either: it is read from app events: /);
  });
});

describe('money', () => {
  const purchase = (order: Record<string, unknown>, items?: unknown[]) =>
    web({ eventType: 'commerce.purchases', ...withEmail, commerce: { order }, productListItems: items });

  it('currency from the payments when they agree; value from their sum when the order has no total', () => {
    const payments = [
      { paymentAmount: 20, currencyCode: 'EUR', paymentType: 'credit_card' },
      { paymentAmount: 5.5, currencyCode: 'eur', paymentType: 'gift_card' },
    ];
    expect(sent(purchase({ payments })).event.custom_data).toMatchObject({ value: 25.5, currency: 'EUR' });
    const mixed = refusal(purchase({ priceTotal: 25.5, payments: [{ currencyCode: 'EUR' }, { currencyCode: 'USD' }] }));
    expect(mixed.setting).toBe('customData.currency');
    expect(mixed.problem).toContain('xdm.commerce.order.payments[].currencyCode holds 2 different currencies');
  });

  it('a value is never sent without its currency: dropped with a warning, a Purchase refused', () => {
    const adds = web({ eventType: 'commerce.productListAdds', ...withEmail, commerce: { order: { priceTotal: 9 } } });
    const { event, warnings } = sent(adds);
    expect(event.custom_data?.value).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/^Value \(customData\.value\): not sent: a value needs its currency/m);
    expect(refusal(purchase({ priceTotal: 9 })).setting).toBe('customData.currency');
  });

  it('present but unusable is named, never called missing; a fallback is taken only with a warning', () => {
    const euro = refusal(purchase({ priceTotal: 10, currencyCode: 'EURO' }));
    expect(euro.setting).toBe('customData.currency');
    expect(euro.problem).toContain(
      'could not be used: xdm.commerce.order.currencyCode is not a three-letter ISO 4217 code ("EURO")',
    );
    const items = [{ SKU: 'A', quantity: 1, priceTotal: 999.99, currencyCode: 'EUR' }];
    const comma = sent(purchase({ priceTotal: '999,99', currencyCode: 'EUR' }, items));
    expect(comma.event.custom_data.value).toBe(999.99);
    expect(comma.warnings).toContain(
      'Value (customData.value): xdm.commerce.order.priceTotal is not a number ("999,99"); ' +
        'the sum of xdm.productListItems[].priceTotal was used instead',
    );
    const abc = refusal(purchase({ priceTotal: 'abc', currencyCode: 'EUR' }));
    expect(abc.setting).toBe('customData.value');
    expect(abc.problem).toContain('xdm.commerce.order.priceTotal is not a number ("abc")');
    expect(refusal(purchase({ priceTotal: -5, currencyCode: 'EUR' })).problem).toContain(
      'xdm.commerce.order.priceTotal is negative',
    );
  });

  it('a line priced 0 for 0 items is an unknown price: no value from it, no item_price', () => {
    const { event } = sent(
      web({
        eventType: 'commerce.productListAdds',
        ...withEmail,
        productListItems: [{ SKU: 'A', quantity: 0, priceTotal: 0, currencyCode: 'USD' }],
      }),
    );
    expect(event.custom_data).toEqual({
      currency: 'USD',
      contents: [{ id: 'A', quantity: 1 }],
      content_ids: ['A'],
      content_type: 'product',
    });
  });
});

describe('what the Edge hides', () => {
  it("a fully obfuscated IP is no client IP: a warning names the datastream's setting", () => {
    const obfuscated = web({ eventType: 'commerce.productViews', ...withEmail });
    obfuscated.event.xdm.environment = {
      ipV4: '0.0.0.0',
      ipV6: '0:0:0:0:0:0:0:0',
      browserDetails: { userAgent: 'UA/1' },
    };
    const { event, warnings } = sent(obfuscated);
    expect(event.user_data.client_ip_address).toBeUndefined();
    expect(warnings.join('\n')).toContain(
      "Client IP address (userData.client_ip_address): xdm.environment.ipV6 is all zeros: the datastream's " +
        'IP Obfuscation is set to Full, so there is no client IP to send; not sent',
    );
    const v6Only = web({ eventType: 'commerce.productViews', ...withEmail });
    v6Only.event.xdm.environment = { ipV4: '198.51.100.7', ipV6: '::', browserDetails: { userAgent: 'UA/1' } };
    expect(sent(v6Only).event.user_data.client_ip_address).toBe('198.51.100.7');
  });

  it("a website event without an XDM user agent takes the request's User-Agent header (any case, a list)", () => {
    for (const headers of [{ 'user-agent': 'Mozilla/5.0 (Header)' }, { 'User-Agent': ['Mozilla/5.0 (Header)'] }]) {
      const arc: Arc = {
        ...web({ eventType: 'commerce.productViews', ...withEmail }),
        request: { header: { httpHeaders: headers } },
      };
      arc.event.xdm.environment = { ipV4: '198.51.100.7' };
      expect(sent(arc).event.user_data.client_user_agent).toBe('Mozilla/5.0 (Header)');
    }
    const none = web({ eventType: 'commerce.productViews', ...withEmail });
    none.event.xdm.environment = { ipV4: '198.51.100.7' };
    expect(refusal(none).problem).toMatch(
      /^website events need it\. .*The event has none either: it is read from xdm\.environment\.browserDetails\.userAgent, else \(website events\) the request's User-Agent header\.$/,
    );
  });

  it('a page URL that is not http(s) is no event source URL and no website signal', () => {
    for (const URL of ['android-app://com.example.app/https/example.com', 'about:blank', 'file:///C:/shop.html']) {
      const arc = web({ eventType: 'commerce.productViews', ...withEmail });
      arc.event.xdm.web = { webPageDetails: { URL } };
      const error = refusal(arc);
      expect(error.setting, URL).toBe('serverEvent.action_source');
      expect(sent(arc, { serverEvent: { action_source: 'other' } }).event.event_source_url).toBeUndefined();
    }
  });
});

describe("the visitor's clock", () => {
  const at = (ms: number) =>
    web({ eventType: 'commerce.productViews', ...withEmail, timestamp: new Date(ms).toISOString() });

  it('an xdm.timestamp ahead of the time of sending is taken as the time of sending, with a warning', () => {
    const { event, warnings } = sent(at(NOW + 6 * 60_000));
    expect(event.event_time).toBe(Math.floor(NOW / 1000));
    expect(warnings.join('\n')).toMatch(
      /^Event time \(serverEvent\.event_time\): the event's xdm\.timestamp \(\S+Z\) is ahead of the time of sending \(the visitor's clock\); \S+Z was used$/m,
    );
  });

  it('a time set in the settings more than 5 minutes ahead is refused', () => {
    const ahead = Math.floor(NOW / 1000) + 6 * 60;
    expect(refusal(at(NOW), { serverEvent: { event_time: ahead } }).problem).toMatch(
      /^the time set \(\S+Z\) is more than 5 minutes in the future; check the time zone/,
    );
  });

  it('an xdm.timestamp older than Meta takes is skipped, naming the time: nothing the marketer can fix', () => {
    expect(prepared(at(NOW - 8 * 86_400_000))).toEqual({
      skipped: expect.stringMatching(
        /^the event's xdm\.timestamp \(\S+Z\) is more than 7 days old, and Meta takes no older event$/,
      ),
    });
    // physical_store: 62 days.
    expect(sent(at(NOW - 8 * 86_400_000), { serverEvent: { action_source: 'physical_store' } }).event.event_time).toBe(
      Math.floor((NOW - 8 * 86_400_000) / 1000),
    );
  });

  it('an xdm.timestamp that is not a date-time: the time of sending, with the warning the README names', () => {
    const { event, warnings } = sent(web({ eventType: 'commerce.productViews', ...withEmail, timestamp: 'yesterday' }));
    expect(event.event_time).toBe(Math.floor(NOW / 1000));
    expect(warnings).toContain(
      'Event time (serverEvent.event_time): xdm.timestamp is not a date-time; the time of sending was used',
    );
  });
});

describe('lists and numbers are bounded and sane', () => {
  it('20,000 product lines give 1,000 contents and content_ids, the rest counted in a warning', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => ({ SKU: `S${i}`, quantity: 1, priceTotal: 1 }));
    const { event, warnings } = sent(
      web({
        eventType: 'commerce.productListAdds',
        ...withEmail,
        productListItems: lines,
        commerce: { order: { currencyCode: 'USD' } },
      }),
    );
    expect(event.custom_data.contents).toHaveLength(1000);
    expect(event.custom_data.content_ids).toHaveLength(1000);
    expect(event.custom_data.value).toBe(20000);
    expect(warnings).toContain('Contents (customData.contents): 19000 entries dropped beyond the first 1000');
    expect(warnings).toContain('Content IDs (customData.content_ids): 19000 entries dropped beyond the first 1000');
  });

  it('contents from a data element: a quantity not a positive whole number counts as 1, a bad price goes', () => {
    const contents = [
      { id: 'A', quantity: 2.5, item_price: null },
      { id: 'B', quantity: 2, item_price: -1 },
      { id: 'C', quantity: 1, item_price: '4.5' },
      { quantity: 1 },
      'not an entry',
    ];
    const { event, warnings } = sent(web({ eventType: 'commerce.productListAdds', ...withEmail }), {
      customData: { contents },
    });
    expect(event.custom_data.contents).toEqual([
      { id: 'A', quantity: 1 },
      { id: 'B', quantity: 2 },
      { id: 'C', quantity: 1, item_price: '4.5' },
    ]);
    expect(warnings).toContain('Contents (customData.contents): 2 entries without an id left out');
    expect(warnings.join('\n')).toContain('Contents (customData.contents): 2 entries corrected');
  });

  it('a negative value set in the settings is refused', () => {
    expect(
      refusal(web({ eventType: 'commerce.productViews', ...withEmail }), { customData: { value: -3, currency: 'USD' } })
        .problem,
    ).toBe('expected an amount of 0 or more; Meta reads no negative values.');
  });
});

describe('content IDs from a data element', () => {
  it('text separated by commas is a list, as the form takes it; a list stays a list', () => {
    const arc = web({ eventType: 'commerce.productViews', ...withEmail });
    expect(sent(arc, { customData: { content_ids: 'SKU-1, SKU-2 ,SKU-3' } }).event.custom_data.content_ids).toEqual([
      'SKU-1',
      'SKU-2',
      'SKU-3',
    ]);
    expect(sent(arc, { customData: { content_ids: ['A,B', 'C'] } }).event.custom_data.content_ids).toEqual([
      'A,B',
      'C',
    ]);
  });
});
