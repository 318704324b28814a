/** The consent gate: `consent { value, whenDenied, whenUnknown }`, saved only when a consent value is set. */
import { CONSENT_FIELDS as C } from '../../../core/settings/actionFields';
import { isBlank } from '../../../core/values';
import { settingValue, type Values } from '../../form/fieldValue';
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldById, fieldsAt } from './declared';

export const CONSENT = fieldsAt('consent');
const value = fieldById(C.value.id);

function gated(values: Values): boolean {
  return !isBlank(settingValue('text', values[value.id]));
}

const plain = plainSection(CONSENT, ACTION_SCHEMA);

export const consentSection: Section = {
  ...plain,
  getSettings: (values, stored) => groupSettings('consent', CONSENT, values, stored, gated(values)),
  validate: (values, info, nowMs) => (gated(values) ? plain.validate(values, info, nowMs) : {}),
};
