/** The form part of Server Event Parameters. */
import { SERVER_EVENT_FIELDS } from '../serverEventFields';
import { withForm } from './part';

export const SERVER_EVENT_FORM = withForm(SERVER_EVENT_FIELDS, {
  event_name: {
    help: 'A Meta standard event (Purchase, Lead, …) or your own custom event name.',
    placeholder: 'e.g. Purchase',
    standIn: { value: 'PreviewEvent' },
    place: 'serverEvent',
  },
  event_time: {
    help:
      "Unix seconds or milliseconds, or ISO 8601. Blank: the Edge event's time, else now. " +
      'Meta refuses events older than 7 days (62 for physical_store).',
    standIn: 'omit',
    place: 'serverEvent',
  },
  action_source: {
    words: {
      website: 'Website',
      app: 'App',
      email: 'Email',
      phone_call: 'Phone call',
      chat: 'Chat',
      physical_store: 'Physical store',
      system_generated: 'System generated',
      business_messaging: 'Business messaging',
      other: 'Other',
    },
    help: 'Where the conversion happened. Website events also need the event source URL and the client user agent.',
    standIn: { value: 'other' },
    place: 'serverEvent',
  },
  event_source_url: {
    placeholder: 'e.g. https://www.example.com/checkout',
    help: 'The page where the event happened.',
    standIn: 'url',
    place: 'serverEvent',
  },
  event_id: {
    help: "Send the same value as the Pixel's eventID: Meta then counts the browser and server copies once.",
    standIn: 'word',
    place: 'serverEvent',
  },
  referrer_url: {
    help: 'The page that linked to the event source URL.',
    standIn: 'url',
    place: 'serverEvent',
  },
  opt_out: {
    help: 'When true, Meta uses the event for attribution only.',
    standIn: 'omit',
    place: 'serverEvent',
  },
  messaging_channel: {
    words: { messenger: 'Messenger', whatsapp: 'WhatsApp', instagram: 'Instagram' },
    whenUnset: 'no channel is sent',
    help: 'For business_messaging events: messenger, whatsapp or instagram.',
    standIn: { value: 'messenger' },
    place: 'serverEvent.appAndMessaging',
  },
  app_data: {
    help:
      'For app events: a JSON object such as {"advertiser_tracking_enabled": 1, "extinfo": […]}. ' +
      'Keys left out are filled from a Mobile SDK event.',
    standIn: 'omit',
    place: 'serverEvent.appAndMessaging',
  },
  original_event_data: {
    help: 'For events that follow an earlier one: {"event_name": "Purchase", "event_time": 1700000000}.',
    standIn: 'omit',
    place: 'serverEvent.appAndMessaging',
  },
});
