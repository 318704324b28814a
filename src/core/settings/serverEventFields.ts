/** Server Event Parameters: Meta's top-level event keys, under `serverEvent` in the settings. */
import { ACTION_SOURCES, MESSAGING_CHANNELS, STANDARD_EVENTS } from '../constants';
import * as app from '../xdm/app';
import * as commerce from '../xdm/commerce';
import * as edge from '../xdm/edge';
import * as eventType from '../xdm/eventType';
import { choiceOf, declare, edgeDefault, xdmDefault } from './field';
import { parseEventTime } from './eventTime';
import { optionalText, parseBoolean, parseJsonObject, parseUrl } from './parsers';

const at = (key: string) => ['serverEvent', key];
const event = <const K extends string>(key: K) => ({ to: 'event', key }) as const;

export const SERVER_EVENT_FIELDS = declare({
  event_name: {
    path: at('event_name'),
    sentAs: event('event_name'),
    label: 'Event name',
    kind: 'suggest',
    options: STANDARD_EVENTS,
    parse: optionalText,
    fromEvent: xdmDefault('event type', 'xdm.eventType (or the commerce measures)', eventType.eventName),
  },
  event_time: {
    path: at('event_time'),
    sentAs: event('event_time'),
    label: 'Event time',
    kind: 'time',
    parse: parseEventTime,
    fromEvent: {
      ...edgeDefault('event time', 'xdm.timestamp, else the time of sending', edge.timestamp),
      otherwise: { describe: 'the time of sending', read: ({ nowMs }) => Math.floor(nowMs / 1000) },
    },
  },
  action_source: {
    path: at('action_source'),
    sentAs: event('action_source'),
    label: 'Action source',
    ...choiceOf(ACTION_SOURCES),
    fromEvent: xdmDefault(
      'Mobile SDK details or page URL',
      'app for a Mobile SDK event (xdm.implementationDetails), else website for an http(s) xdm.web.webPageDetails.URL',
      app.actionSource,
    ),
  },
  event_source_url: {
    path: at('event_source_url'),
    sentAs: event('event_source_url'),
    label: 'Event source URL',
    kind: 'text',
    parse: parseUrl,
    fromEvent: edgeDefault('page URL', 'xdm.web.webPageDetails.URL (http or https only)', edge.pageUrl),
  },
  event_id: {
    path: at('event_id'),
    sentAs: event('event_id'),
    label: 'Event ID',
    kind: 'text',
    parse: optionalText,
    fromEvent: xdmDefault(
      'order ID or event ID',
      'xdm.commerce.order.purchaseID for a Purchase, else xdm._id',
      commerce.eventId,
    ),
  },
  referrer_url: {
    path: at('referrer_url'),
    sentAs: event('referrer_url'),
    label: 'Referrer URL',
    kind: 'text',
    parse: parseUrl,
    fromEvent: edgeDefault('referrer', 'xdm.web.webReferrer.URL (http or https only)', edge.referrerUrl),
  },
  opt_out: {
    path: at('opt_out'),
    sentAs: event('opt_out'),
    label: 'Opt out of ads delivery optimization',
    kind: 'boolean',
    parse: parseBoolean,
  },
  messaging_channel: {
    path: at('messaging_channel'),
    sentAs: event('messaging_channel'),
    label: 'Messaging channel',
    ...choiceOf(MESSAGING_CHANNELS),
  },
  app_data: {
    path: at('app_data'),
    sentAs: event('app_data'),
    label: 'App data (JSON)',
    kind: 'json',
    parse: parseJsonObject,
    fromEvent: {
      ...xdmDefault(
        'Mobile SDK app and device details',
        'app events: advertiser_tracking_enabled and application_tracking_enabled from xdm.consents.adID.val ' +
          '(0 without it), extinfo from xdm.implementationDetails, application, device and environment',
        app.appData,
      ),
      when: ({ got }) => got('serverEvent.action_source') === 'app',
    },
  },
  original_event_data: {
    path: at('original_event_data'),
    sentAs: event('original_event_data'),
    label: 'Original event data (JSON)',
    kind: 'json',
    parse: parseJsonObject,
  },
});
