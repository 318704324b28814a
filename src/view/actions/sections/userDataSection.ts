/**
 * Customer Information Parameters: `userData`, Meta's user_data keys. A literal value that
 * Meta's normalization rule would drop (an email without "@", gender "x", …) is a mistake the
 * form catches: it is checked with the same code the action runs.
 */
import { SettingError } from '../../../core/errors';
import { buildUserData } from '../../../core/normalize/userData';
import { holdsToken } from '../../../core/settings/fieldSpec';
import { USER_DATA_FIELDS } from '../../../core/settings/userDataFields';
import type { UserDataFieldSpec } from '../../../core/settings/fieldSpec';
import { fieldAt, type FieldDef } from '../../form/fieldDef';
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA } from './actionSchema';

/** Throws when Meta's rule for the key drops a literal value (tokens are known only at run time). */
function checkUsable(spec: UserDataFieldSpec) {
  return (value: unknown, setting: string): void => {
    const literal = Array.isArray(value) ? value.filter((item) => !holdsToken(item)) : value;
    if (Array.isArray(literal) && !literal.length) return;
    // Validation only: the hash is not needed.
    const dropped = buildUserData({ [spec.key]: literal }, () => '').dropped[spec.key];
    if (dropped) {
      const what = Array.isArray(value) ? `${dropped} of these values` : 'this value';
      throw new SettingError(setting, `Meta's rule would drop ${what}. ${spec.rule}`);
    }
  };
}

export const USER_DATA: readonly (FieldDef & { spec: UserDataFieldSpec })[] = USER_DATA_FIELDS.map((spec) => ({
  ...fieldAt(['userData', spec.key], spec, checkUsable(spec)),
  spec,
}));

export const userDataSection: Section = {
  ...plainSection(USER_DATA, ACTION_SCHEMA),
  getSettings: (values, stored) => groupSettings('userData', USER_DATA, values, stored),
};
