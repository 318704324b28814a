/**
 * The `user_data` keys, in Meta's order: the hashed ones with their normalizer, then those
 * sent as given. Labels and help for the form live in ./userDataFields, keyed by these.
 */
import { normalizeBirthDate } from '../normalize/birthDate';
import { normalizeEmail, normalizeExternalId, normalizeGender, normalizeName, normalizePhone } from '../normalize/contact';
import { normalizeCity, normalizeCountry, normalizeState, normalizeZip } from '../normalize/location';

/** `country`: the customer's one country (lowercase alpha-2), for rules that depend on it (phones). */
export type Normalizer = (text: string, country?: string) => string | undefined;

export const HASHED_USER_DATA = {
  em: normalizeEmail,
  ph: normalizePhone,
  fn: normalizeName,
  ln: normalizeName,
  ge: normalizeGender,
  db: (text: string) => normalizeBirthDate(text),
  ct: normalizeCity,
  st: normalizeState,
  zp: normalizeZip,
  country: normalizeCountry,
  external_id: normalizeExternalId,
} satisfies Record<string, Normalizer>;

/** Sent as given: `split` keeps the bundle small, the type keeps the names checked. */
export const PLAIN_USER_DATA = (
  'subscription_id fb_login_id lead_id anon_id madid client_ip_address client_user_agent fbc fbp ' +
  'page_id page_scoped_user_id ctwa_clid ig_account_id ig_sid'
).split(' ') as readonly PlainUserDataKey[];

type PlainUserDataKey =
  | 'subscription_id'
  | 'fb_login_id'
  | 'lead_id'
  | 'anon_id'
  | 'madid'
  | 'client_ip_address'
  | 'client_user_agent'
  | 'fbc'
  | 'fbp'
  | 'page_id'
  | 'page_scoped_user_id'
  | 'ctwa_clid'
  | 'ig_account_id'
  | 'ig_sid';

export type HashedUserDataKey = keyof typeof HASHED_USER_DATA;
export type UserDataKey = HashedUserDataKey | PlainUserDataKey;
export const USER_DATA_KEYS: readonly UserDataKey[] = [...(Object.keys(HASHED_USER_DATA) as HashedUserDataKey[]), ...PLAIN_USER_DATA];
