/** The server-event parameters the action sends; labels and help live in ./actionFields. */
export const SERVER_EVENT_KEYS = [
  'event_name',
  'event_time',
  'action_source',
  'event_source_url',
  'event_id',
  'referrer_url',
  'opt_out',
  'messaging_channel',
  'app_data',
  'original_event_data',
] as const;
export type ServerEventKey = (typeof SERVER_EVENT_KEYS)[number];
