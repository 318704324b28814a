/**
 * What Meta should receive for each setting, written by hand from Meta's documentation (Server
 * Event parameters, Customer Information parameters and their worked examples, Standard (custom
 * data) parameters, Limited Data Use, the Graph API's appsecret_proof), never taken from the
 * extension: a raw value as a marketer or a data element gives it, where Meta wants it, and in
 * what form. test/contract/declarations.test.ts checks every declared setting against it.
 */
import { createHash, createHmac } from 'node:crypto';

/** Where in the request a value goes. */
export type Place =
  | { in: 'event' | 'user_data' | 'custom_data' | 'body'; key: string }
  | { in: 'custom_data' }
  | { in: 'url'; part: 'pixel_id' | 'version' | 'origin' }
  | { in: 'nothing'; why: string };

export interface Expected {
  /** The value as set in the settings. */
  raw: unknown;
  place: Place;
  /** What the request carries there. */
  sent?: unknown;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const event = (key: string, raw: unknown, sent: unknown = raw): Expected => ({
  raw,
  place: { in: 'event', key },
  sent,
});
/** A hashed key: SHA-256 of the value normalized by Meta's rule (the normalized text is written by hand). */
const hashed = (key: string, raw: unknown, normalized: string, hash = sha256(normalized)): Expected => ({
  raw,
  place: { in: 'user_data', key },
  sent: hash,
});
/** A key Meta takes as given (never hashed). */
const plain = (key: string, raw: unknown): Expected => ({ raw, place: { in: 'user_data', key }, sent: raw });
const custom = (key: string, raw: unknown, sent: unknown = raw): Expected => ({
  raw,
  place: { in: 'custom_data', key },
  sent,
});
const nothing = (raw: unknown, why: string): Expected => ({ raw, place: { in: 'nothing', why } });

/** The time the contract's events are built at (Unix seconds). */
export const NOW_S = Math.floor(Date.now() / 1000);

/** Action settings, by the setting's id. */
export const ACTION: Record<string, Expected> = {
  'xdmMapping.enabled': nothing(false, 'turns the XDM mapping on or off'),
  'xdmMapping.exclude': nothing(['em', 'contents'], 'keys the mapping leaves out'),
  'xdmMapping.externalIdNamespace': nothing('CRM_ID', 'the identity namespace the mapping reads external_id from'),
  'consent.value': nothing('granted', 'decides whether the event is sent'),
  'consent.whenDenied': nothing('skip', 'what a denial does'),
  'consent.whenUnknown': nothing('send', 'what an unknown consent does'),

  // Server event parameters: event_time is Unix seconds (an ISO 8601 time is converted).
  'serverEvent.event_name': event('event_name', 'ViewContent'),
  'serverEvent.event_time': event('event_time', new Date((NOW_S - 3600) * 1000).toISOString(), NOW_S - 3600),
  'serverEvent.action_source': event('action_source', 'phone_call'),
  'serverEvent.event_source_url': event('event_source_url', 'https://shop.example/item?id=7'),
  'serverEvent.event_id': event('event_id', 'order-7'),
  'serverEvent.referrer_url': event('referrer_url', 'https://search.example/'),
  'serverEvent.opt_out': event('opt_out', 'true', true),
  'serverEvent.messaging_channel': event('messaging_channel', 'whatsapp'),
  'serverEvent.app_data': event('app_data', { advertiser_tracking_enabled: 1, application_tracking_enabled: 1 }),
  'serverEvent.original_event_data': event('original_event_data', { event_name: 'Purchase', event_time: NOW_S - 7200 }),

  // Limited Data Use: ["LDU"], with a country and a state (0 and 0: Meta geolocates; 1 and 1000: California).
  'limitedDataUse.enabled': event('data_processing_options', true, ['LDU']),
  'limitedDataUse.country': event('data_processing_options_country', 1),
  'limitedDataUse.state': event('data_processing_options_state', 1000),

  // Customer information: hashed keys are SHA-256 of the normalized value. Meta's worked examples
  // give the hashes of John_Smith@gmail.com, (650)555-1212 in the US, Valéry, 2/16/1997 and United States.
  'userData.em': hashed(
    'em',
    ' John_Smith@gmail.com ',
    'john_smith@gmail.com',
    '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
  ),
  'userData.ph': hashed(
    'ph',
    '+1 (650) 555-1212',
    '16505551212',
    'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
  ),
  'userData.fn': hashed('fn', 'Valéry', 'valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'),
  'userData.ln': hashed('ln', "O'Brien-Smith", 'obriensmith'),
  'userData.ge': hashed('ge', 'Female', 'f'),
  'userData.db': hashed(
    'db',
    '2/16/1997',
    '19970216',
    '01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c',
  ),
  'userData.ct': hashed('ct', 'New York', 'newyork'),
  'userData.st': hashed('st', ' CA ', 'ca'),
  // US: the first 5 digits.
  'userData.zp': hashed('zp', '94107-1234', '94107'),
  'userData.country': hashed(
    'country',
    'United States',
    'us',
    '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621',
  ),
  // Formatted as on other channels: case kept.
  'userData.external_id': hashed('external_id', 'CRM-42', 'CRM-42'),
  'userData.subscription_id': plain('subscription_id', 'sub-123'),
  // Meta types these two as integers.
  'userData.fb_login_id': plain('fb_login_id', 100000000000001),
  'userData.lead_id': plain('lead_id', 1234567890),
  'userData.anon_id': plain('anon_id', 'install-1'),
  'userData.madid': plain('madid', '38400000-8cf0-11bd-b23e-10b96e40000d'),
  'userData.client_ip_address': plain('client_ip_address', '2001:db8::1'),
  'userData.client_user_agent': plain('client_user_agent', 'Mozilla/5.0 (X11; Linux x86_64)'),
  // fb.<subdomain index>.<creation time, ms>.<value>, case kept.
  'userData.fbc': plain('fbc', 'fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890'),
  'userData.fbp': plain('fbp', 'fb.1.1596403881668.1116446470'),
  'userData.page_id': plain('page_id', '1029384756'),
  'userData.page_scoped_user_id': plain('page_scoped_user_id', '5647382910'),
  'userData.ctwa_clid': plain('ctwa_clid', 'ARAkLkA8rmlFeiCktEJQ'),
  'userData.ig_account_id': plain('ig_account_id', '17841400000000000'),
  'userData.ig_sid': plain('ig_sid', '1234567'),

  // Custom data: value a number, currency ISO 4217, content_ids a list of strings, num_items an integer.
  customData: {
    raw: { currency: 'USD', value: 10, content_category: 'shoes' },
    place: { in: 'custom_data' },
    sent: { currency: 'USD', value: 10, content_category: 'shoes' },
  },
  'customData.value': custom('value', '19.90', 19.9),
  'customData.currency': custom('currency', 'GBP'),
  'customData.order_id': custom('order_id', 'order-7'),
  'customData.contents': custom('contents', [{ id: 'SKU-1', quantity: 2, item_price: 9.5 }]),
  // A list, also for one ID.
  'customData.content_ids': custom('content_ids', 'SKU-1', ['SKU-1']),
  'customData.content_type': custom('content_type', 'product_group'),
  'customData.num_items': custom('num_items', '3', 3),
  'customData.search_string': custom('search_string', 'red shoes'),

  testEventCode: { raw: 'TEST12345', place: { in: 'body', key: 'test_event_code' }, sent: 'TEST12345' },
};

/** The action's override of the configuration: the same two settings. */
export const ACTION_OVERRIDES: Record<string, Expected> = {
  pixelId: { raw: '987654321', place: { in: 'url', part: 'pixel_id' }, sent: '987654321' },
  accessToken: { raw: 'override-token', place: { in: 'body', key: 'access_token' }, sent: 'override-token' },
};

/** The extension's configuration; the access token is the base configuration's. */
export function configuration(accessToken: string): Record<string, Expected> {
  return {
    pixelId: { raw: '1234567890', place: { in: 'url', part: 'pixel_id' }, sent: '1234567890' },
    accessToken: { raw: 'configured-token', place: { in: 'body', key: 'access_token' }, sent: 'configured-token' },
    graphApiVersion: { raw: 'v24.0', place: { in: 'url', part: 'version' }, sent: 'v24.0' },
    // appsecret_proof: the HMAC-SHA256 of the access token, keyed with the app secret, in hex.
    appSecret: {
      raw: 'contract-app-secret',
      place: { in: 'body', key: 'appsecret_proof' },
      sent: createHmac('sha256', 'contract-app-secret').update(accessToken).digest('hex'),
    },
    graphApiBaseUrl: {
      raw: 'http://127.0.0.1:8080',
      place: { in: 'url', part: 'origin' },
      sent: 'http://127.0.0.1:8080',
    },
  };
}
