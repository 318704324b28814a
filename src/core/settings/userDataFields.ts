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
import { declare, edgeDefault, xdmDefault as xdm, type EventDefault } from './field';

interface Hashed {
  label: string;
  normalize: Normalizer;
  rule: string;
  fromEvent?: EventDefault;
}

function hashed(key: string, f: Hashed) {
  const { normalize, ...rest } = f;
  return {
    ...rest,
    path: ['userData', key],
    sentAs: { to: 'user_data', key, normalize },
    kind: 'list',
    parse: asGiven,
  } as const;
}

/** Customer information as given; the words a failed data element leaves (null, NaN, …) are blank. */
const asGiven = (value: unknown) => (isBlankValue(value) ? undefined : value);

interface Plain {
  label: string;
  fromEvent?: EventDefault;
  /** The form Meta checks the value for; a value set in another form is dropped, with a warning. */
  accept?: { test: (value: string | number) => boolean; rule: string };
}

function plain(key: string, f: Plain = { label: key }) {
  const { accept, ...rest } = f;
  return {
    ...rest,
    path: ['userData', key],
    sentAs: { to: 'user_data', key, accept: accept?.test },
    kind: 'text',
    rule: accept?.rule ?? 'Trimmed; sent as given.',
    parse: accept ? (value: unknown) => (isBlankValue(value) ? undefined : firstPlain(value, accept.test)) : asGiven,
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
    normalize: normalizeEmail,
    rule: 'Trimmed, lowercase; needs text on both sides of an "@".',
    fromEvent: xdm(
      'email identity or address',
      'xdm.identityMap.Email[].id, xdm.personalEmail.address (and Email_LC_SHA256)',
      person.emails,
    ),
  }),
  ph: hashed('ph', {
    label: 'Phone',
    normalize: normalizePhone,
    rule:
      'Digits only, leading zeros removed; fewer than 7 digits is dropped. Include the country code: only a 10-digit ' +
      'number of a customer whose country is in the North American Numbering Plan (US, CA, …) gets the 1 added.',
    fromEvent: xdm(
      'phone identity or number',
      'xdm.identityMap.Phone[].id, xdm.mobilePhone.number, xdm.homePhone.number',
      person.phones,
    ),
  }),
  fn: hashed('fn', {
    label: 'First name',
    normalize: normalizeName,
    rule: NAME_RULE,
    fromEvent: xdm('first name', 'xdm.person.name.firstName', person.firstName),
  }),
  ln: hashed('ln', {
    label: 'Last name',
    normalize: normalizeName,
    rule: NAME_RULE,
    fromEvent: xdm('last name', 'xdm.person.name.lastName', person.lastName),
  }),
  ge: hashed('ge', {
    label: 'Gender',
    normalize: normalizeGender,
    rule: '"f" or "m", from f/m/female/male in any case; anything else is dropped.',
    fromEvent: xdm('gender', 'xdm.person.gender (male or female)', person.gender),
  }),
  db: hashed('db', {
    label: 'Date of birth',
    normalize: normalizeBirthDate,
    rule:
      'YYYYMMDD, from YYYYMMDD, ISO dates, MM/DD/YYYY (day first when the first number is over 12) or DD.MM.YYYY; ' +
      'impossible dates and years outside 1900 to now are dropped.',
    fromEvent: xdm('birth date', 'xdm.person.birthDate', person.birthDate),
  }),
  ct: hashed('ct', {
    label: 'City',
    normalize: normalizeCity,
    rule: 'Lowercase; spaces, punctuation and symbols removed; accents kept.',
    fromEvent: xdm('city', 'xdm.homeAddress.city', person.city),
  }),
  st: hashed('st', {
    label: 'State or province',
    normalize: normalizeState,
    rule:
      'US state names and codes become the 2-letter code, lowercase; ' +
      'others lowercase without spaces or punctuation.',
    fromEvent: xdm('state', 'xdm.homeAddress.stateProvince (US-CA gives ca)', person.state),
  }),
  zp: hashed('zp', {
    label: 'Zip or postal code',
    normalize: normalizeZip,
    rule: 'Lowercase, no spaces or dashes; a US ZIP+4 keeps its first 5 digits.',
    fromEvent: xdm('postal code', 'xdm.homeAddress.postalCode', person.postalCode),
  }),
  country: hashed('country', {
    label: 'Country',
    normalize: normalizeCountry,
    rule: 'ISO 3166-1 alpha-2, lowercase; also from alpha-3 codes, English names and "UK"; unknown values are dropped.',
    fromEvent: xdm('country', 'xdm.homeAddress.countryCode, else .country, else the US of US-CA', person.country),
  }),
  external_id: hashed('external_id', {
    label: 'External ID',
    normalize: normalizeExternalId,
    rule: 'Trimmed (case kept, to match the Pixel), then hashed.',
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
  }),
  fb_login_id: plain('fb_login_id', {
    label: 'Facebook Login ID',
  }),
  lead_id: plain('lead_id', {
    label: 'Lead ID',
  }),
  anon_id: plain('anon_id', {
    label: 'Install ID',
  }),
  madid: plain('madid', {
    label: 'Mobile advertiser ID',
    fromEvent: xdm(
      'advertising ID',
      'xdm.identityMap.IDFA[].id or GAID[].id (not zeros only, not when xdm.consents.adID.val refuses)',
      app.advertisingId,
    ),
  }),
  client_ip_address: plain('client_ip_address', {
    label: 'Client IP address',
    fromEvent: edgeDefault(
      'IP address',
      'xdm.environment.ipV6 or ipV4 (not when IP obfuscation leaves only zeros)',
      edge.clientIpAddress,
    ),
  }),
  client_user_agent: plain('client_user_agent', {
    label: 'Client user agent',
    fromEvent: edgeDefault(
      'user agent',
      "xdm.environment.browserDetails.userAgent, else (website events) the request's User-Agent header",
      edge.clientUserAgent,
    ),
    accept: { test: (value) => typeof value === 'string', rule: 'Trimmed; text only (a number is dropped).' },
  }),
  fbc: plain('fbc', {
    label: 'Click ID',
    fromEvent: edgeDefault('click ID in the page URL', 'the fbclid in the event source URL', edge.clickIdFromUrl),
    accept: CLICK_ID,
  }),
  fbp: plain('fbp', {
    label: 'Browser ID',
    accept: CLICK_ID,
  }),
  page_id: plain('page_id', {
    label: 'Page ID',
  }),
  page_scoped_user_id: plain('page_scoped_user_id', {
    label: 'Page-scoped user ID',
  }),
  ctwa_clid: plain('ctwa_clid', {
    label: 'Click-to-WhatsApp click ID',
  }),
  ig_account_id: plain('ig_account_id', {
    label: 'Instagram account ID',
  }),
  ig_sid: plain('ig_sid', {
    label: 'Instagram-scoped user ID',
  }),
});
