/** Limited Data Use: `limitedDataUse { enabled, country, state }`, saved only when set. */
import { LIMITED_DATA_USE_FIELDS as F } from '../../../core/settings/actionFields';
import { parseBoolean, parseInteger } from '../../../core/settings/parsers';
import { fieldAt } from '../../form/fieldDef';
import { settingValue, type Values } from '../../form/fieldValue';
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA } from './actionSchema';

export const LIMITED_DATA_USE = {
  enabled: fieldAt(['limitedDataUse', 'enabled'], F.enabled, parseBoolean),
  country: fieldAt(['limitedDataUse', 'country'], F.country, parseInteger),
  state: fieldAt(['limitedDataUse', 'state'], F.state, parseInteger),
};
const fields = Object.values(LIMITED_DATA_USE);

/** Without `enabled` (a new action, or the box left unticked) the group is not saved, nor checked. */
function saved(values: Values): boolean {
  return settingValue('boolean', values[LIMITED_DATA_USE.enabled.id]) !== undefined;
}

const plain = plainSection(fields, ACTION_SCHEMA);

export const limitedDataUseSection: Section = {
  ...plain,
  getSettings: (values, stored) => groupSettings('limitedDataUse', fields, values, stored, saved(values)),
  validate: (values) => (saved(values) ? plain.validate(values) : {}),
};
