/**
 * Customer Information Parameters (`user_data`), under `userData` in the settings, in Meta's
 * order: the hashed keys with their normalizer, then those sent as given.
 */
import { normalizeBirthDate } from '../normalize/birthDate';
import {
  normalizeEmail,
  normalizeExternalId,
  normalizeGender,
  normalizeName,
  normalizePhone,
} from '../normalize/contact';
import { normalizeCity, normalizeCountry, normalizeState, normalizeZip } from '../normalize/location';
import type { Normalizer } from '../normalize/normalizer';
import * as app from '../xdm/app';
import * as edge from '../xdm/edge';
import * as person from '../xdm/person';
import { validClickId } from '../normalize/clickIds';
import { firstPlain, isBlankValue } from '../normalize/text';
import { declare, edgeDefault, xdmDefault as xdm, type EventDefault, type Place, type StandIn } from './field';

type Group = Extract<Place, `userData.${string}`>;

interface Hashed {
  label: string;
  group: Group;
  normalize: Normalizer;
  rule: string;
  help: string;
  placeholder?: string;
  fromEvent?: EventDefault;
}

function hashed(key: string, f: Hashed) {
  const { normalize, group, ...rest } = f;
  return {
    ...rest,
    path: ['userData', key],
    sentAs: { to: 'user_data', key, normalize },
    kind: 'list',
    parse: asGiven,
    standIn: 'hash',
    place: group,
  } as const;
}

/** Customer information as given; the words a failed data element leaves (null, NaN, …) are blank. */
const asGiven = (value: unknown) => (isBlankValue(value) ? undefined : value);

interface Plain {
  label: string;
  group: Group;
  help: string;
  fromEvent?: EventDefault;
  standIn?: StandIn;
  /** The form Meta checks the value for; a value set in another form is dropped, with a warning. */
  accept?: { test: (value: string | number) => boolean; rule: string };
}

function plain(key: string, f: Plain) {
  const { group, accept, ...rest } = f;
  return {
    ...rest,
    path: ['userData', key],
    sentAs: { to: 'user_data', key, accept: accept?.test },
    kind: 'text',
    rule: accept?.rule ?? 'Trimmed; sent as given.',
    parse: accept ? (value: unknown) => (isBlankValue(value) ? undefined : firstPlain(value, accept.test)) : asGiven,
    standIn: f.standIn ?? 'word',
    place: group,
  } as const;
}

const CLICK_ID = {
  test: validClickId,
  rule:
    "fb.<subdomain index>.<creation time ms>.<value>, as the Pixel's cookie (a Parameter Builder suffix kept); " +
    'any other form is dropped.',
};

const NAME_RULE = 'Lowercase; spaces, punctuation and symbols removed; accents and every script kept.';

export const USER_DATA_FIELDS = declare({
  em: hashed('em', {
    label: 'Email',
    group: 'userData.contact',
    normalize: normalizeEmail,
    rule: 'Trimmed, lowercase; needs text on both sides of an "@".',
    help: 'One address or a list.',
    placeholder: 'e.g. jane@example.com',
    fromEvent: xdm(
      'email identity or address',
      'xdm.identityMap.Email[].id, xdm.personalEmail.address (and Email_LC_SHA256)',
      person.emails,
    ),
  }),
  ph: hashed('ph', {
    label: 'Phone',
    group: 'userData.contact',
    normalize: normalizePhone,
    rule:
      'Digits only, leading zeros removed; fewer than 7 digits is dropped. Include the country code: only a 10-digit ' +
      'number of a customer whose country is in the North American Numbering Plan (US, CA, …) gets the 1 added.',
    help: 'With the country code, e.g. +1 650 555 1212.',
    placeholder: 'e.g. +1 650 555 1212',
    fromEvent: xdm(
      'phone identity or number',
      'xdm.identityMap.Phone[].id, xdm.mobilePhone.number, xdm.homePhone.number',
      person.phones,
    ),
  }),
  fn: hashed('fn', {
    label: 'First name',
    group: 'userData.contact',
    normalize: normalizeName,
    rule: NAME_RULE,
    help: 'Given name.',
    fromEvent: xdm('first name', 'xdm.person.name.firstName', person.firstName),
  }),
  ln: hashed('ln', {
    label: 'Last name',
    group: 'userData.contact',
    normalize: normalizeName,
    rule: NAME_RULE,
    help: 'Family name.',
    fromEvent: xdm('last name', 'xdm.person.name.lastName', person.lastName),
  }),
  ge: hashed('ge', {
    label: 'Gender',
    group: 'userData.contact',
    normalize: normalizeGender,
    rule: '"f" or "m", from f/m/female/male in any case; anything else is dropped.',
    help: 'f, m, female or male.',
    fromEvent: xdm('gender', 'xdm.person.gender (male or female)', person.gender),
  }),
  db: hashed('db', {
    label: 'Date of birth',
    group: 'userData.contact',
    normalize: normalizeBirthDate,
    rule:
      'YYYYMMDD, from YYYYMMDD, ISO dates, MM/DD/YYYY (day first when the first number is over 12) or DD.MM.YYYY; ' +
      'impossible dates and years outside 1900 to now are dropped.',
    help: 'e.g. 1997-02-16 or 2/16/1997.',
    fromEvent: xdm('birth date', 'xdm.person.birthDate', person.birthDate),
  }),
  ct: hashed('ct', {
    label: 'City',
    group: 'userData.location',
    normalize: normalizeCity,
    rule: 'Lowercase; spaces, punctuation and symbols removed; accents kept.',
    help: 'e.g. New York.',
    fromEvent: xdm('city', 'xdm.homeAddress.city', person.city),
  }),
  st: hashed('st', {
    label: 'State or province',
    group: 'userData.location',
    normalize: normalizeState,
    rule:
      'US state names and codes become the 2-letter code, lowercase; ' +
      'others lowercase without spaces or punctuation.',
    help: 'e.g. California or CA.',
    fromEvent: xdm('state', 'xdm.homeAddress.stateProvince (US-CA gives ca)', person.state),
  }),
  zp: hashed('zp', {
    label: 'Zip or postal code',
    group: 'userData.location',
    normalize: normalizeZip,
    rule: 'Lowercase, no spaces or dashes; a US ZIP+4 keeps its first 5 digits.',
    help: 'e.g. 94025 or M1 1AE.',
    fromEvent: xdm('postal code', 'xdm.homeAddress.postalCode', person.postalCode),
  }),
  country: hashed('country', {
    label: 'Country',
    group: 'userData.location',
    normalize: normalizeCountry,
    rule: 'ISO 3166-1 alpha-2, lowercase; also from alpha-3 codes, English names and "UK"; unknown values are dropped.',
    help: 'e.g. US, USA or United States.',
    fromEvent: xdm('country', 'xdm.homeAddress.countryCode, else .country, else the US of US-CA', person.country),
  }),
  external_id: hashed('external_id', {
    label: 'External ID',
    group: 'userData.identifiers',
    normalize: normalizeExternalId,
    rule: 'Trimmed (case kept, to match the Pixel), then hashed.',
    help: 'Your own customer ID; send the same value from the Pixel.',
    fromEvent: {
      ...xdm(
        'identity in your ID namespace',
        'xdm.identityMap.{External ID namespace}[].id, when that namespace is set',
        person.externalIds,
      ),
      when: ({ externalIdNamespace }) => !!externalIdNamespace,
    },
  }),
  subscription_id: plain('subscription_id', {
    label: 'Subscription ID',
    group: 'userData.identifiers',
    help: 'The subscription ID of the user in this transaction.',
  }),
  fb_login_id: plain('fb_login_id', {
    label: 'Facebook Login ID',
    group: 'userData.identifiers',
    help: 'The app-scoped ID from Facebook Login.',
  }),
  lead_id: plain('lead_id', {
    label: 'Lead ID',
    group: 'userData.identifiers',
    help: 'The ID of a lead from Meta Lead Ads.',
  }),
  anon_id: plain('anon_id', {
    label: 'Install ID',
    group: 'userData.identifiers',
    help: 'App events: the app install ID.',
  }),
  madid: plain('madid', {
    label: 'Mobile advertiser ID',
    group: 'userData.identifiers',
    help: 'App events: the device advertising ID (IDFA or GAID).',
    fromEvent: xdm(
      'advertising ID',
      'xdm.identityMap.IDFA[].id or GAID[].id (not zeros only, not when xdm.consents.adID.val refuses)',
      app.advertisingId,
    ),
  }),
  client_ip_address: plain('client_ip_address', {
    label: 'Client IP address',
    group: 'userData.clickAndBrowser',
    help: "The browser's IP address (IPv6 preferred). Never hashed.",
    fromEvent: edgeDefault(
      'IP address',
      'xdm.environment.ipV6 or ipV4 (not when IP obfuscation leaves only zeros)',
      edge.clientIpAddress,
    ),
  }),
  client_user_agent: plain('client_user_agent', {
    label: 'Client user agent',
    group: 'userData.clickAndBrowser',
    help: "The browser's user agent. Required for website events.",
    fromEvent: edgeDefault(
      'user agent',
      "xdm.environment.browserDetails.userAgent, else (website events) the request's User-Agent header",
      edge.clientUserAgent,
    ),
    accept: { test: (value) => typeof value === 'string', rule: 'Trimmed; text only (a number is dropped).' },
  }),
  fbc: plain('fbc', {
    label: 'Click ID',
    group: 'userData.clickAndBrowser',
    help: 'The _fbc cookie, case kept.',
    fromEvent: edgeDefault('click ID in the page URL', 'the fbclid in the event source URL', edge.clickIdFromUrl),
    standIn: 'clickId',
    accept: CLICK_ID,
  }),
  fbp: plain('fbp', {
    label: 'Browser ID',
    group: 'userData.clickAndBrowser',
    help: 'The _fbp cookie, case kept.',
    standIn: 'clickId',
    accept: CLICK_ID,
  }),
  page_id: plain('page_id', {
    label: 'Page ID',
    group: 'userData.messaging',
    help: 'The Facebook Page ID (business messaging).',
  }),
  page_scoped_user_id: plain('page_scoped_user_id', {
    label: 'Page-scoped user ID',
    group: 'userData.messaging',
    help: "The user's ID scoped to your Page (Messenger).",
  }),
  ctwa_clid: plain('ctwa_clid', {
    label: 'Click-to-WhatsApp click ID',
    group: 'userData.messaging',
    help: 'The click ID from a click-to-WhatsApp ad.',
  }),
  ig_account_id: plain('ig_account_id', {
    label: 'Instagram account ID',
    group: 'userData.messaging',
    help: 'Your Instagram business account ID.',
  }),
  ig_sid: plain('ig_sid', {
    label: 'Instagram-scoped user ID',
    group: 'userData.messaging',
    help: "The user's Instagram-scoped ID.",
  }),
});
