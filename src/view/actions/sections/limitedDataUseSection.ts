/** Limited Data Use: `limitedDataUse { enabled, country, state }`, saved only when set. */
import { LIMITED_DATA_USE_FIELDS as L } from '../../../core/settings/actionFields';
import { settingValue, type Values } from '../../form/fieldValue';
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldById, fieldsAt } from './declared';

export const LIMITED_DATA_USE = fieldsAt('limitedDataUse');
const enabled = fieldById(L.enabled.id);

/** Without `enabled` (a new action, or the box left unticked) the group is not saved, nor checked. */
function saved(values: Values): boolean {
  return settingValue('boolean', values[enabled.id]) !== undefined;
}

const plain = plainSection(LIMITED_DATA_USE, ACTION_SCHEMA);

export const limitedDataUseSection: Section = {
  ...plain,
  getSettings: (values, stored) => groupSettings('limitedDataUse', LIMITED_DATA_USE, values, stored, saved(values)),
  validate: (values, info, nowMs, known) => (saved(values) ? plain.validate(values, info, nowMs, known) : {}),
};
