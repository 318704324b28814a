/** Custom Data: `customData`, a JSON object (stored as an object or JSON text). */
import { parseCustomData } from '../../../core/event/customData';
import { holdsToken } from '../../../core/settings/fieldSpec';
import { ACTION_FIELDS } from '../../../core/settings/actionFields';
import { isOnlyToken, problemText } from '../../form/checkField';
import { fieldAt } from '../../form/fieldDef';
import { parseJsonObjectWithTokens } from '../../form/jsonWithTokens';
import { settingValue, type Values } from '../../form/fieldValue';
import { plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA } from './actionSchema';
import { SERVER_EVENT } from './serverEventSection';

/**
 * Stand-ins for keys whose value is a data element: the core checks `value` and `currency`,
 * which are known only at run time; the stand-ins pass its checks so the rest is still checked.
 */
export const CUSTOM_DATA_STAND_INS: Readonly<Record<string, unknown>> = { value: 0, currency: 'USD' };

export function withStandIns(data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const [key, standIn] of Object.entries(CUSTOM_DATA_STAND_INS)) if (holdsToken(out[key])) out[key] = standIn;
  return out;
}

export const CUSTOM_DATA = fieldAt(['customData'], ACTION_FIELDS.customData, parseJsonObjectWithTokens);

/** The event name when it is a literal (a data element may or may not be a Purchase). */
function literalEventName(values: Values): string | undefined {
  const name = settingValue('suggest', values[SERVER_EVENT.event_name.id]);
  return typeof name === 'string' && !holdsToken(name) ? name.trim() : undefined;
}

const plain = plainSection([CUSTOM_DATA], ACTION_SCHEMA);

export const customDataSection: Section = {
  ...plain,
  validate(values) {
    const errors = plain.validate(values);
    const value = settingValue('json', values[CUSTOM_DATA.id]);
    if (errors[CUSTOM_DATA.id] || isOnlyToken(value)) return errors;
    try {
      // The core's rules: value a number, currency ISO 4217, and both for a Purchase.
      const data = parseJsonObjectWithTokens(value, CUSTOM_DATA.id);
      parseCustomData(data && withStandIns(data), literalEventName(values));
    } catch (error) {
      errors[CUSTOM_DATA.id] = problemText(error);
    }
    return errors;
  },
};
