/**
 * The sandbox container for `npm start` (.sandbox/container.js, written at every start): the
 * extension configured against the local Graph stand-in, data elements that read the
 * example's free-form customer data with Core's path type, and one rule that sends every event
 * to Meta, completed by the XDM mapping. Tokens are written the way the sandbox's Library Editor
 * saves them, so the editor shows them as {{name}} and the sandbox's build resolves them to typed
 * values.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXTENSION_DISPLAY_NAME, EXTENSION_NAME } from '../../src/core/constants';
import type { ActionSettings, ConfigurationSettings } from '../../src/core/settings/allFields';
import { LIB_PATH } from '../manifest';

/** What the stand-in expects: a made-up pixel and a token that is only valid against it. */
export const LOCAL_PIXEL_ID = '1234567890';
export const LOCAL_ACCESS_TOKEN = 'local-stand-in-token-not-a-meta-token';
const ACTION_MODULE = `${EXTENSION_NAME}/${LIB_PATH}`;
export const RULE_NAME = 'Send every event to Meta';

const PATH = 'core/src/lib/dataElements/path.js';

/** `{{name}}` as the Library Editor stores it (the name hex-encoded, 4 digits a character). */
function token(name: string): string {
  const hex = [...name].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return `getDataElementValue(reactor${hex})`;
}

/**
 * The rule's action settings, each data element written by `ref`: as the container stores it
 * (`token`, the default) or as the views and the Library Editor show it (`{{name}}`).
 */
export function actionSettings(ref: (name: string) => string = token): ActionSettings {
  // Only what a Web SDK event does not carry in standard XDM: the XDM mapping fills the event
  // name, action source, event ID (the order ID), emails, phone, value, currency, order ID and
  // contents, and the Edge defaults the time, page, referrer, IP address, user agent and fbc.
  return {
    xdmMapping: { enabled: true, externalIdNamespace: 'CRMID' },
    // The free-form `data.customer` object of the example is not XDM: data elements read it.
    userData: {
      fn: ref('firstName'),
      ln: ref('lastName'),
      ct: ref('city'),
      st: ref('state'),
      zp: ref('postalCode'),
      country: ref('country'),
    },
  };
}

/** The extension's configuration in the container, pointing at the Graph stand-in. */
export function extensionSettings(graphApiBaseUrl: string): ConfigurationSettings {
  return { pixelId: LOCAL_PIXEL_ID, accessToken: LOCAL_ACCESS_TOKEN, graphApiBaseUrl };
}

const fromEvent = (path: string) => ({ modulePath: PATH, settings: { path } });

// Raw JavaScript, spliced in after JSON.stringify: the log-masking hook is a function in a container.
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
      firstName: fromEvent('arc.event.data.customer.firstName'),
      lastName: fromEvent('arc.event.data.customer.lastName'),
      city: fromEvent('arc.event.data.customer.city'),
      state: fromEvent('arc.event.data.customer.state'),
      postalCode: fromEvent('arc.event.data.customer.postalCode'),
      country: fromEvent('arc.event.data.customer.country'),
    },
    rules: [
      {
        id: 'RLlocalevents',
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
  const json = JSON.stringify(container, null, 2).replace('"__MASK_SOURCE__"', MASK_SOURCE);
  const header = '// Written by npm start (scripts/sandbox/container.ts) at every start; edits are lost.';
  return `${header}\nmodule.exports = ${json};\n`;
}

export function writeContainer(file: string, graphApiBaseUrl: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, containerSource(graphApiBaseUrl));
}
