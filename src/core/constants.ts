/** Facts shared by the library, the views, the manifest and the tests. */

/** The extension's `name` in extension.json; also its `ruleStash` key. */
export const EXTENSION_NAME = 'meta-capi-forwarder';
export const EXTENSION_DISPLAY_NAME = 'Meta Conversions API Forwarder';

/** The one pinned Graph API version (Meta supports each CAPI version for at least two years). */
export const GRAPH_API_VERSION = 'v27.0';
export const GRAPH_API_BASE_URL = 'https://graph.facebook.com';

/** Meta's `action_source` values. */
export const ACTION_SOURCES = [
  'website',
  'app',
  'email',
  'phone_call',
  'chat',
  'physical_store',
  'system_generated',
  'business_messaging',
  'other',
] as const;

/** Meta Pixel standard events, plus the business-messaging ones. Custom names are allowed too. */
export const STANDARD_EVENTS = [
  'AddPaymentInfo',
  'AddToCart',
  'AddToWishlist',
  'CompleteRegistration',
  'Contact',
  'CustomizeProduct',
  'Donate',
  'FindLocation',
  'InitiateCheckout',
  'Lead',
  'PageView',
  'Purchase',
  'Schedule',
  'Search',
  'StartTrial',
  'SubmitApplication',
  'Subscribe',
  'ViewContent',
  'LeadSubmitted',
  'QualifiedLead',
  'OrderCreated',
  'OrderShipped',
  'OrderDelivered',
  'OrderCanceled',
  'OrderReturned',
  'CartAbandoned',
  'RatingProvided',
  'ReviewProvided',
] as const;

export const MESSAGING_CHANNELS = ['messenger', 'whatsapp', 'instagram'] as const;

/** Meta refuses events older than this many days (`physical_store` gets longer). */
export const MAX_EVENT_AGE_DAYS = 7;
export const MAX_EVENT_AGE_DAYS_PHYSICAL_STORE = 62;
/** How far ahead of our clock an event_time may be (clock skew), in seconds. */
export const MAX_EVENT_TIME_AHEAD_SECONDS = 5 * 60;
/** The most entries sent in `contents` and `content_ids`: Meta documents no limit; no order has thousands of lines. */
export const MAX_LIST_ENTRIES = 1000;
