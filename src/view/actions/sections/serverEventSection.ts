/** Server Event Parameters: Meta's names under `serverEvent`. */
import { parseEventTime } from '../../../core/event/eventTime';
import { SERVER_EVENT_FIELDS as F } from '../../../core/settings/actionFields';
import { MESSAGING_CHANNELS } from '../../../core/constants';
import { parseActionSource, parseBoolean, parseChoice, parseUrl, requiredText } from '../../../core/settings/parsers';
import { parseJsonObjectWithTokens } from '../../form/jsonWithTokens';
import { fieldAt } from '../../form/fieldDef';
import { initFieldValue } from '../../form/fieldValue';
import { groupSettings, initValues, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA } from './actionSchema';

/** A new action starts as a website event, the common case. */
export const DEFAULT_ACTION_SOURCE = 'website';

const at = (key: keyof typeof F) => ['serverEvent', key];

export const SERVER_EVENT = {
  event_name: fieldAt(at('event_name'), F.event_name, (v, s) =>
    requiredText(v, s, 'Choose a standard event or type a custom event name.')),
  event_time: fieldAt(at('event_time'), F.event_time, parseEventTime),
  action_source: fieldAt(at('action_source'), F.action_source, parseActionSource),
  event_source_url: fieldAt(at('event_source_url'), F.event_source_url, parseUrl),
  event_id: fieldAt(at('event_id'), F.event_id),
  referrer_url: fieldAt(at('referrer_url'), F.referrer_url, parseUrl),
  opt_out: fieldAt(at('opt_out'), F.opt_out, parseBoolean),
  messaging_channel: fieldAt(at('messaging_channel'), F.messaging_channel, (v, s) => parseChoice(v, s, MESSAGING_CHANNELS)),
  app_data: fieldAt(at('app_data'), F.app_data, parseJsonObjectWithTokens),
  original_event_data: fieldAt(at('original_event_data'), F.original_event_data, parseJsonObjectWithTokens),
};
const fields = Object.values(SERVER_EVENT);

export const serverEventSection: Section = {
  ...plainSection(fields, ACTION_SCHEMA),
  getInitValues(settings) {
    const values = initValues(fields, settings);
    if (settings) return values;
    return { ...values, [SERVER_EVENT.action_source.id]: initFieldValue(undefined, DEFAULT_ACTION_SOURCE) };
  },
  getSettings: (values, stored) => groupSettings('serverEvent', fields, values, stored),
};
