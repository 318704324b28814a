/**
 * Customer Information Parameters: `userData`, Meta's user_data keys. A literal value that
 * Meta's normalization rule would drop (an email without "@", gender "x", …) is a mistake the
 * form catches: it is checked with the same code the action runs.
 */
import { SettingError } from '../../../core/errors';
import { buildUserData } from '../../../core/normalize/userData';
import type { Field } from '../../../core/settings/field';
import { holdsToken } from '../../../core/values';
import { fieldFor } from '../../form/fieldDef';
import { groupSettings, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldsAt } from './declared';

/** Throws when Meta's rule for the key drops a literal value (tokens are known only at run time). */
function checkUsable(field: Field) {
  return (value: unknown, setting: string): void => {
    if (field.sentAs.to !== 'user_data') return;
    const literal = Array.isArray(value) ? value.filter((item) => !holdsToken(item)) : value;
    if (Array.isArray(literal) && !literal.length) return;
    // Validation only: the hash is not needed.
    const { key, normalize } = field.sentAs;
    const dropped = buildUserData({ [key]: literal }, [{ key, normalize }], Date.now(), () => '').dropped[key];
    if (dropped) {
      const what = Array.isArray(value) ? `${dropped} of these values` : 'this value';
      throw new SettingError(setting, `Meta's rule would drop ${what}. ${field.rule}`);
    }
  };
}

export const USER_DATA = fieldsAt(
  'userData.contact',
  'userData.location',
  'userData.identifiers',
  'userData.clickAndBrowser',
  'userData.messaging',
).map((def) => fieldFor(def.field!, checkUsable(def.field!)));

export const userDataSection: Section = {
  ...plainSection(USER_DATA, ACTION_SCHEMA),
  getSettings: (values, stored) => groupSettings('userData', USER_DATA, values, stored),
};
