/**
 * The stand-in's own copy of Meta's lists, written from Meta's Conversions API docs
 * (Server Event parameters and Customer Information parameters), not taken from the
 * extension: the stand-in is the oracle the extension is tested against.
 */

/** `action_source` values Meta documents. */
export const META_ACTION_SOURCES: readonly string[] = [
  'email',
  'website',
  'app',
  'phone_call',
  'chat',
  'physical_store',
  'system_generated',
  'business_messaging',
  'other',
];

/** `user_data` keys Meta requires SHA-256 hashed (external_id: hashing recommended, so required here). */
export const META_HASHED_USER_DATA: readonly string[] = [
  'em',
  'ph',
  'fn',
  'ln',
  'db',
  'ge',
  'ct',
  'st',
  'zp',
  'country',
  'external_id',
];

/** `user_data` keys Meta takes as given. */
export const META_PLAIN_USER_DATA: readonly string[] = [
  'client_ip_address',
  'client_user_agent',
  'fbc',
  'fbp',
  'subscription_id',
  'fb_login_id',
  'lead_id',
  'anon_id',
  'madid',
  'page_id',
  'page_scoped_user_id',
  'ctwa_clid',
  'ig_account_id',
  'ig_sid',
];
