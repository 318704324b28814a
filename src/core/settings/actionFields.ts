/** The "Send Conversions API Event" action's settings, besides user_data (see ./userDataFields). */
import { ACTION_SOURCES, MESSAGING_CHANNELS, STANDARD_EVENTS } from '../constants';
import type { FieldSpec } from './fieldSpec';
import type { ServerEventKey } from './serverEventKeys';

export const SERVER_EVENT_FIELDS = {
  event_name: {
    key: 'event_name',
    label: 'Event name',
    kind: 'suggest',
    required: true,
    options: STANDARD_EVENTS,
    help: 'A Meta standard event (Purchase, Lead, …) or your own custom event name.',
  },
  event_time: {
    key: 'event_time',
    label: 'Event time',
    kind: 'time',
    help: 'Unix seconds or milliseconds, or ISO 8601. Blank: the Edge event\'s xdm.timestamp, else now. Meta refuses events older than 7 days (62 for physical_store).',
  },
  action_source: {
    key: 'action_source',
    label: 'Action source',
    kind: 'choice',
    required: true,
    options: ACTION_SOURCES,
    help: 'Where the conversion happened. Website events also need the event source URL and the client user agent.',
  },
  event_source_url: {
    key: 'event_source_url',
    label: 'Event source URL',
    kind: 'text',
    placeholder: 'https://www.example.com/checkout',
    help: 'The page where the event happened. Blank: the Edge event\'s xdm.web.webPageDetails.URL.',
  },
  event_id: {
    key: 'event_id',
    label: 'Event ID',
    kind: 'text',
    help: 'Send the same value as the Pixel\'s eventID (an order ID works well): Meta then counts the browser and server copies once.',
  },
  referrer_url: {
    key: 'referrer_url',
    label: 'Referrer URL',
    kind: 'text',
    help: 'The page that linked to the event source URL. Blank: the Edge event\'s xdm.web.webReferrer.URL.',
  },
  opt_out: {
    key: 'opt_out',
    label: 'Opt out of ads delivery optimization',
    kind: 'boolean',
    help: 'When true, Meta uses the event for attribution only.',
  },
  messaging_channel: {
    key: 'messaging_channel',
    label: 'Messaging channel',
    kind: 'choice',
    options: MESSAGING_CHANNELS,
    help: 'For business_messaging events: messenger, whatsapp or instagram.',
  },
  app_data: {
    key: 'app_data',
    label: 'App data (JSON)',
    kind: 'json',
    help: 'For app events: a JSON object such as {"advertiser_tracking_enabled": 1, "extinfo": […]}.',
  },
  original_event_data: {
    key: 'original_event_data',
    label: 'Original event data (JSON)',
    kind: 'json',
    help: 'For events that follow an earlier one: {"event_name": "Purchase", "event_time": 1700000000}.',
  },
} as const satisfies Record<ServerEventKey, FieldSpec>;

export const LIMITED_DATA_USE_FIELDS = {
  enabled: {
    key: 'enabled',
    label: 'Enable Limited Data Use',
    kind: 'boolean',
    help: 'Sends data_processing_options ["LDU"], for users in US states with privacy laws.',
  },
  country: {
    key: 'country',
    label: 'LDU country',
    kind: 'integer',
    placeholder: '0',
    help: '0 lets Meta geolocate from the IP address; 1 is the United States.',
  },
  state: {
    key: 'state',
    label: 'LDU state',
    kind: 'integer',
    placeholder: '0',
    help: '0 lets Meta geolocate; 1000 is California.',
  },
} as const satisfies Record<string, FieldSpec>;

export const ACTION_FIELDS = {
  customData: {
    key: 'customData',
    label: 'Custom data (JSON)',
    kind: 'json',
    help: 'A JSON object: value, currency, content_ids, contents, order_id and your own keys. A Purchase needs "currency" and "value".',
  },
  testEventCode: {
    key: 'testEventCode',
    label: 'Test event code',
    kind: 'text',
    placeholder: 'TEST12345',
    help: 'From Meta Events Manager > Test events. Remove it in production: test events are processed like real ones.',
  },
  pixelId: {
    key: 'pixelId',
    label: 'Pixel ID (override)',
    kind: 'text',
    help: 'Send this action\'s events to another pixel than the one in the extension configuration.',
  },
  accessToken: {
    key: 'accessToken',
    label: 'Access token (override)',
    kind: 'secret',
    help: 'The access token of the override pixel. Best kept in a Core "Secret" data element.',
  },
} as const satisfies Record<string, FieldSpec>;

type Stored = string | number | boolean;

/** Stored action settings: Meta's names inside the groups; values may be data-element tokens. */
export interface ActionSettings {
  pixelId?: string;
  accessToken?: string;
  serverEvent: { [K in keyof typeof SERVER_EVENT_FIELDS]?: Stored | Record<string, unknown> };
  limitedDataUse?: { enabled: boolean | string; country?: number | string; state?: number | string };
  userData?: Record<string, string | number | (string | number)[]>;
  customData?: Record<string, unknown> | string;
  testEventCode?: string;
}
