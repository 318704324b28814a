/** The consent gate: `consent { value, whenDenied, whenUnknown }`, saved when any of them is set. */
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldsAt } from './declared';

export const CONSENT = fieldsAt('consent');

export const consentSection: Section = {
  ...plainSection(CONSENT, ACTION_SCHEMA),
  getSettings: (values, stored) => groupSettings('consent', CONSENT, values, stored),
};
