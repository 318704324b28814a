/**
 * The sandbox container for `npm start` (.sandbox/container.js, written at every start): the
 * extension configured against the local Graph stand-in, data elements that read the Edge
 * event with Core's path and custom-code types, and one rule that sends a Purchase on every
 * event. Tokens are written the way the sandbox's Library Editor saves them, so the editor
 * shows them as {{name}} and the sandbox's build resolves them to typed values.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXTENSION_DISPLAY_NAME, EXTENSION_NAME } from '../../src/core/constants';
import { LIB_PATH } from '../manifest';

/** What the stand-in expects: a made-up pixel and a token that is only valid against it. */
export const LOCAL_PIXEL_ID = '1234567890';
export const LOCAL_ACCESS_TOKEN = 'local-stand-in-token-not-a-meta-token';
export const ACTION_MODULE = `${EXTENSION_NAME}/${LIB_PATH}`;
export const RULE_NAME = 'Send a Purchase to Meta on every event';

const PATH = 'core/src/lib/dataElements/path.js';
const CUSTOM_CODE = 'core/src/lib/dataElements/customCode.js';

/** `{{name}}` as the Library Editor stores it (the name hex-encoded, 4 digits a character). */
export function token(name: string): string {
  const hex = [...name].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return `getDataElementValue(reactor${hex})`;
}

/**
 * The rule's action settings, each data element written by `ref`: as the container stores it
 * (`token`, the default) or as the views and the Library Editor show it (`{{name}}`).
 */
export function actionSettings(ref: (name: string) => string = token): Record<string, unknown> {
  return {
    // event_time, event_source_url, client_ip_address, client_user_agent and fbc are left
    // blank: the action takes them from the Edge event.
    serverEvent: { event_name: 'Purchase', action_source: 'website', event_id: ref('orderId') },
    userData: {
      em: ref('email'),
      ph: ref('phone'),
      fn: ref('firstName'),
      ln: ref('lastName'),
      ct: ref('city'),
      st: ref('state'),
      zp: ref('postalCode'),
      country: ref('country'),
      external_id: ref('customerId'),
    },
    customData: {
      value: ref('orderTotal'),
      currency: ref('currency'),
      content_ids: ref('productSkus'),
      content_type: 'product',
      order_id: ref('orderId'),
    },
  };
}

/** The extension's configuration in the container, pointing at the Graph stand-in. */
export function extensionSettings(graphApiBaseUrl: string): Record<string, unknown> {
  return { pixelId: LOCAL_PIXEL_ID, accessToken: LOCAL_ACCESS_TOKEN, graphApiBaseUrl };
}

const fromEvent = (path: string) => ({ modulePath: PATH, settings: { path } });

// Raw JavaScript, spliced in after JSON.stringify: a custom-code data element's source and the
// log-masking hook are functions in a container.
const SKUS_SOURCE = 'function (arc) { return (arc.event.xdm.productListItems || []).map(function (item) { return item.SKU; }); }';
const MASK_SOURCE = `function () { return [${JSON.stringify(LOCAL_ACCESS_TOKEN)}]; }`;

export function containerSource(graphApiBaseUrl: string): string {
  const container = {
    extensions: {
      [EXTENSION_NAME]: {
        displayName: EXTENSION_DISPLAY_NAME,
        settings: extensionSettings(graphApiBaseUrl),
      },
    },
    dataElements: {
      email: fromEvent('arc.event.xdm.identityMap.Email[0].id'),
      phone: fromEvent('arc.event.xdm.identityMap.Phone[0].id'),
      customerId: fromEvent('arc.event.xdm.identityMap.CRMID[0].id'),
      firstName: fromEvent('arc.event.data.customer.firstName'),
      lastName: fromEvent('arc.event.data.customer.lastName'),
      city: fromEvent('arc.event.data.customer.city'),
      state: fromEvent('arc.event.data.customer.state'),
      postalCode: fromEvent('arc.event.data.customer.postalCode'),
      country: fromEvent('arc.event.data.customer.country'),
      orderId: fromEvent('arc.event.xdm.commerce.order.purchaseID'),
      orderTotal: fromEvent('arc.event.xdm.commerce.order.priceTotal'),
      currency: fromEvent('arc.event.xdm.commerce.order.currencyCode'),
      productSkus: { modulePath: CUSTOM_CODE, settings: { source: '__SKUS_SOURCE__' } },
    },
    rules: [
      {
        id: 'RLlocalpurchase',
        name: RULE_NAME,
        actions: [
          {
            modulePath: ACTION_MODULE,
            settings: actionSettings(token),
          },
        ],
      },
    ],
    // Production masks secrets that come from Core "Secret" data elements in its traces; the
    // sandbox masks nothing unless the container says so.
    getLogSensitiveTokens: '__MASK_SOURCE__',
    company: { orgId: '000000000000000000000000@AdobeOrg' },
    property: { name: 'Local sandbox (npm start)', settings: { id: 'PRlocal' } },
    buildInfo: { buildDate: new Date().toISOString(), environment: 'development' },
    environment: { id: 'ENlocal', stage: 'development' },
  };
  const json = JSON.stringify(container, null, 2)
    .replace('"__SKUS_SOURCE__"', SKUS_SOURCE)
    .replace('"__MASK_SOURCE__"', MASK_SOURCE);
  return `// Written by npm start (scripts/sandbox/container.ts) at every start; edits are lost.\nmodule.exports = ${json};\n`;
}

export function writeContainer(file: string, graphApiBaseUrl: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, containerSource(graphApiBaseUrl));
}
