/** Server Event Parameters: Meta's names under `serverEvent`. */
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldsAt } from './declared';

export const SERVER_EVENT = fieldsAt('serverEvent');
export const APP_AND_MESSAGING = fieldsAt('serverEvent.appAndMessaging');
const fields = [...SERVER_EVENT, ...APP_AND_MESSAGING];

export const serverEventSection: Section = {
  ...plainSection(fields, ACTION_SCHEMA),
  getSettings: (values, stored) => groupSettings('serverEvent', fields, values, stored),
};
