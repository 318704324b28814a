/**
 * Customer information parameters (`user_data`) as the form and the docs present them: label,
 * group, help and normalization rule of every key in ./userDataKeys (the compiler checks that
 * none is missing, and the order follows the keys).
 */
import type { UserDataFieldSpec } from './fieldSpec';
import { HASHED_USER_DATA, USER_DATA_KEYS, type UserDataKey } from './userDataKeys';

const hashed = (
  key: UserDataKey,
  label: string,
  group: UserDataFieldSpec['group'],
  rule: string,
  help: string,
  placeholder?: string,
): UserDataFieldSpec => ({ key, label, group, rule, help, placeholder, kind: 'list', hashed: true });

const plain = (
  key: UserDataKey,
  label: string,
  group: UserDataFieldSpec['group'],
  help: string,
  edgeDefault?: string,
): UserDataFieldSpec => ({ key, label, group, help, edgeDefault, kind: 'text', hashed: false, rule: 'Trimmed; sent as given.' });

const DECLARED: UserDataFieldSpec[] = [
  hashed('em', 'Email', 'contact', 'Trimmed, lowercase; needs text on both sides of an "@".', 'One address or a list.', 'jane@example.com'),
  hashed('ph', 'Phone', 'contact', 'Digits only, leading zeros removed; fewer than 7 digits is dropped. Include the country code: only a 10-digit number of a customer whose country is in the North American Numbering Plan (US, CA, …) gets the 1 added.', 'With the country code, e.g. +1 650 555 1212.', '+1 650 555 1212'),
  hashed('fn', 'First name', 'contact', 'Lowercase; spaces, punctuation and symbols removed; accents and every script kept.', 'Given name.'),
  hashed('ln', 'Last name', 'contact', 'Lowercase; spaces, punctuation and symbols removed; accents and every script kept.', 'Family name.'),
  hashed('ge', 'Gender', 'contact', '"f" or "m", from f/m/female/male in any case; anything else is dropped.', 'f, m, female or male.'),
  hashed('db', 'Date of birth', 'contact', 'YYYYMMDD, from YYYYMMDD, ISO dates, MM/DD/YYYY (day first when the first number is over 12) or DD.MM.YYYY; impossible dates and years outside 1900 to now are dropped.', 'e.g. 1997-02-16 or 2/16/1997.'),
  hashed('ct', 'City', 'location', 'Lowercase; spaces, punctuation and symbols removed; accents kept.', 'e.g. New York.'),
  hashed('st', 'State or province', 'location', 'US state names and codes become the 2-letter code, lowercase; others lowercase without spaces or punctuation.', 'e.g. California or CA.'),
  hashed('zp', 'Zip or postal code', 'location', 'Lowercase, no spaces or dashes; a US ZIP+4 keeps its first 5 digits.', 'e.g. 94025 or M1 1AE.'),
  hashed('country', 'Country', 'location', 'ISO 3166-1 alpha-2, lowercase; also from alpha-3 codes, English names and "UK"; unknown values are dropped.', 'e.g. US, USA or United States.'),
  hashed('external_id', 'External ID', 'identifiers', 'Trimmed (case kept, to match the Pixel), then hashed.', 'Your own customer ID; send the same value from the Pixel.'),
  plain('subscription_id', 'Subscription ID', 'identifiers', 'The subscription ID of the user in this transaction.'),
  plain('fb_login_id', 'Facebook Login ID', 'identifiers', 'The app-scoped ID from Facebook Login.'),
  plain('lead_id', 'Lead ID', 'identifiers', 'The ID of a lead from Meta Lead Ads.'),
  plain('anon_id', 'Install ID (anon_id)', 'identifiers', 'App events: the app install ID.'),
  plain('madid', 'Mobile advertiser ID', 'identifiers', 'App events: the device advertising ID (IDFA or AAID).'),
  plain('client_ip_address', 'Client IP address', 'clickAndBrowser', 'The browser\'s IP address (IPv6 preferred). Never hashed.', 'xdm.environment.ipV6 or ipV4'),
  plain('client_user_agent', 'Client user agent', 'clickAndBrowser', 'The browser\'s user agent. Required for website events.', 'xdm.environment.browserDetails.userAgent'),
  plain('fbc', 'Click ID (fbc)', 'clickAndBrowser', 'The _fbc cookie, case kept. When blank it is built from an fbclid in the event source URL.', 'fbclid in the event source URL'),
  plain('fbp', 'Browser ID (fbp)', 'clickAndBrowser', 'The _fbp cookie, case kept.'),
  plain('page_id', 'Page ID', 'messaging', 'The Facebook Page ID (business messaging).'),
  plain('page_scoped_user_id', 'Page-scoped user ID', 'messaging', 'The user\'s ID scoped to your Page (Messenger).'),
  plain('ctwa_clid', 'Click-to-WhatsApp click ID', 'messaging', 'The click ID from a click-to-WhatsApp ad.'),
  plain('ig_account_id', 'Instagram account ID', 'messaging', 'Your Instagram business account ID.'),
  plain('ig_sid', 'Instagram-scoped user ID', 'messaging', 'The user\'s Instagram-scoped ID.'),
];

const BY_KEY = Object.fromEntries(DECLARED.map((f) => [f.key, f])) as Record<UserDataKey, UserDataFieldSpec>;

export const USER_DATA_FIELDS: readonly UserDataFieldSpec[] = USER_DATA_KEYS.map((key) => {
  const field = BY_KEY[key];
  if (!field || field.hashed !== key in HASHED_USER_DATA) throw new Error(`user_data field ${key} is declared wrongly`);
  return field;
});
