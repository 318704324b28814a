/**
 * Built-in Edge events to try an action on, in the shapes Adobe's tools show: events as event
 * forwarding receives them, after the Edge Network has added the visitor's IP address and user
 * agent. Their times are set when one is chosen, so a sample never falls out of Meta's 7-day
 * window. Customer data is made up (example.com, 555 numbers, documentation IP ranges).
 */

export interface Sample {
  id: string;
  /** The menu entry. */
  label: string;
  /** The JSON text put in the Edge event box. */
  text(nowMs: number): string;
}

const UA_DESKTOP =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const UA_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Chrome/126.0.0.0 Mobile Safari/537.36';

const ALLOY = { name: 'https://ns.adobe.com/experience/alloy', version: '2.24.0', environment: 'browser' };

/** An ISO time a minute or two before now, as the Web SDK writes it. */
const isoBefore = (nowMs: number, seconds: number) => new Date(nowMs - seconds * 1000).toISOString();

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** identityMap entries: the visitor's ECID (primary), an identity they logged in with, one they did not. */
const ecid = (id: string) => [{ id, authenticatedState: 'ambiguous', primary: true }];
const authenticated = (id: string) => [{ id, authenticatedState: 'authenticated', primary: false }];
const ambiguous = (id: string) => [{ id, authenticatedState: 'ambiguous', primary: false }];

/** A purchase as the Debugger shows the Web SDK's request: one event in `events`. */
function webPurchase(nowMs: number): string {
  return json({
    events: [
      {
        xdm: {
          _id: '5d3f9a1c-2b7e-4c1a-9f0e-8a6b4c2d1e07',
          timestamp: isoBefore(nowMs, 60),
          eventType: 'commerce.purchases',
          identityMap: {
            ECID: ecid('48151623429876543210987654321098765432'),
            Email: authenticated(' Jane.Doe@Example.com '),
            Phone: authenticated('+1 (650) 555-0123'),
          },
          web: {
            webPageDetails: {
              URL: 'https://shop.example.com/checkout/confirmation?order=ORD-2048&fbclid=IwAR1sampleClickId7Gh2',
              name: 'Order confirmation',
            },
            webReferrer: { URL: 'https://shop.example.com/checkout/payment' },
          },
          environment: {
            type: 'browser',
            browserDetails: { userAgent: UA_DESKTOP },
            ipV4: '203.0.113.42',
            ipV6: '2001:db8:85a3::8a2e:370:7334',
          },
          device: { screenHeight: 1117, screenWidth: 1728, screenOrientation: 'landscape' },
          placeContext: { localTime: isoBefore(nowMs, 60), localTimezoneOffset: -120 },
          implementationDetails: ALLOY,
          commerce: {
            purchases: { value: 1 },
            order: {
              purchaseID: 'ORD-2048',
              priceTotal: 184.5,
              currencyCode: 'USD',
              payments: [{ paymentType: 'credit_card', paymentAmount: 184.5, currencyCode: 'USD' }],
            },
          },
          productListItems: [
            { SKU: 'TEE-ORG-M', name: 'Organic cotton tee', quantity: 2, priceTotal: 64, currencyCode: 'USD' },
            { SKU: 'HOOD-GRY-L', name: 'Grey hoodie', quantity: 1, priceTotal: 120.5, currencyCode: 'USD' },
          ],
        },
        data: { checkout: { couponCode: 'SPRING10', shippingMethod: 'standard' } },
      },
    ],
  });
}

/** A contact form sent with the Web SDK: one event, the person's details in the XDM profile fields. */
function leadForm(nowMs: number): string {
  return json({
    xdm: {
      _id: 'c41e7b02-9d3a-4f6e-b5a8-17d2e9f04c63',
      timestamp: isoBefore(nowMs, 90),
      eventType: 'web.formFilledOut',
      identityMap: {
        ECID: ecid('61728394051627384950617283940516273849'),
      },
      personalEmail: { address: 'Sam.Rivera@Example.org' },
      mobilePhone: { number: '+1 415 555 0176' },
      person: { name: { firstName: 'Sam', lastName: 'Rivera' } },
      homeAddress: { city: 'San Francisco', stateProvince: 'US-CA', postalCode: '94107', countryCode: 'US' },
      web: {
        webPageDetails: { URL: 'https://www.example.org/contact-sales', name: 'Contact sales' },
        webReferrer: { URL: 'https://www.example.org/pricing' },
        webInteraction: { name: 'contact-sales-form', type: 'other', linkClicks: { value: 1 } },
      },
      environment: {
        type: 'browser',
        browserDetails: { userAgent: UA_ANDROID },
        ipV6: '2001:db8:4f2a:10::1b',
      },
      implementationDetails: ALLOY,
    },
    data: { form: { id: 'contact-sales', name: 'Contact sales', topic: 'Enterprise plan' } },
  });
}

/**
 * A purchase from the Mobile SDK (iOS) as Assurance shows the request: the identities (ECID,
 * email, the advertising ID) and the implementation details in the request's own `xdm`, the
 * app, device and environment details in the event's.
 */
function mobilePurchase(nowMs: number): string {
  const time = new Date(nowMs - 120_000);
  // Local time with its offset, as the Mobile SDK writes it.
  const local = new Date(time.getTime() - 7 * 3600_000).toISOString().replace(/\.\d+Z$/, '-07:00');
  return json({
    xdm: {
      identityMap: {
        ECID: ecid('27364518293847561029384756102938475610'),
        Email: authenticated('alex.kim@example.com'),
        IDFA: ambiguous('6D92078A-8246-4BA4-AE5B-76104861E7DC'),
      },
      implementationDetails: {
        name: 'https://ns.adobe.com/experience/mobilesdk/ios',
        version: '5.2.0+5.0.1',
        environment: 'app',
      },
    },
    events: [
      {
        xdm: {
          _id: '9b2c4e6f-1a3d-4b5c-8e7f-0a1b2c3d4e5f',
          timestamp: local,
          eventType: 'commerce.purchases',
          commerce: {
            purchases: { value: 1 },
            order: { purchaseID: 'APP-77120', priceTotal: 42.97, currencyCode: 'USD' },
          },
          productListItems: [
            { SKU: 'BTL-500-BLU', name: 'Water bottle', quantity: 3, priceTotal: 29.97, currencyCode: 'USD' },
            { SKU: 'CAP-SUN', name: 'Sun cap', quantity: 1, priceTotal: 13, currencyCode: 'USD' },
          ],
          application: { id: 'com.example.shop', name: 'Example Shop', version: '4.12.0 (412)' },
          device: {
            manufacturer: 'Apple',
            model: 'iPhone',
            modelNumber: 'iPhone15,2',
            type: 'mobile',
            screenWidth: 1179,
            screenHeight: 2556,
          },
          environment: {
            type: 'application',
            operatingSystem: 'iOS',
            operatingSystemVersion: '17.5.1',
            carrier: 'Example Mobile',
            _dc: { language: 'en-US' },
          },
        },
        data: {},
      },
    ],
  });
}

/** A Web SDK add to cart whose visitor refused sharing and marketing (Adobe's consent field group). */
function consentDenied(nowMs: number): string {
  return json({
    xdm: {
      _id: 'f0e1d2c3-b4a5-4968-8778-695a4b3c2d1e',
      timestamp: isoBefore(nowMs, 45),
      eventType: 'commerce.productListAdds',
      identityMap: {
        ECID: ecid('10293847561029384756102938475610293847'),
        Email: authenticated('chris.lee@example.net'),
      },
      consents: {
        collect: { val: 'y' },
        share: { val: 'n' },
        personalize: { content: { val: 'n' } },
        marketing: { preferred: 'email', any: { val: 'n' }, email: { val: 'n' } },
        metadata: { time: isoBefore(nowMs, 3600) },
      },
      web: {
        webPageDetails: { URL: 'https://shop.example.com/products/grey-hoodie', name: 'Grey hoodie' },
      },
      environment: {
        type: 'browser',
        browserDetails: { userAgent: UA_DESKTOP },
        ipV4: '198.51.100.23',
      },
      implementationDetails: ALLOY,
      commerce: { productListAdds: { value: 1 } },
      productListItems: [
        { SKU: 'HOOD-GRY-L', name: 'Grey hoodie', quantity: 1, priceTotal: 120.5, currencyCode: 'USD' },
      ],
    },
    data: {},
  });
}

export const SAMPLES: readonly Sample[] = [
  { id: 'webPurchase', label: 'Web SDK purchase', text: webPurchase },
  { id: 'leadForm', label: 'Lead form (Web SDK)', text: leadForm },
  { id: 'mobilePurchase', label: 'Mobile SDK purchase (iOS)', text: mobilePurchase },
  { id: 'consentDenied', label: 'Add to cart, consent denied', text: consentDenied },
];
