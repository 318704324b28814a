/** Test Event: a "Send as Test Event" box (form only) and `testEventCode`, required when ticked. */
import { ACTION_FIELDS } from '../../../core/settings/actionFields';
import { isBlank, type FieldSpec } from '../../../core/settings/fieldSpec';
import { fieldAt, formOnly } from '../../form/fieldDef';
import { initFieldValue, settingValue, type Values } from '../../form/fieldValue';
import { checkFields, collect, initValues, storedAt, type Section } from '../../form/section';
import { ACTION_SCHEMA } from './actionSchema';

/** Not a setting: whether `testEventCode` is saved at all. */
const SEND_AS_TEST: FieldSpec = {
  key: 'sendAsTestEvent',
  label: 'Send as Test Event',
  kind: 'boolean',
  help: 'Sends the event to Meta Events Manager > Test events with the code below.',
};

export const TEST_EVENT = {
  enabled: formOnly(SEND_AS_TEST),
  code: fieldAt(['testEventCode'], ACTION_FIELDS.testEventCode),
};

function sendsAsTest(values: Values): boolean {
  return settingValue('boolean', values[TEST_EVENT.enabled.id]) === true;
}

export const testEventSection: Section = {
  fields: [TEST_EVENT.enabled, TEST_EVENT.code],
  getInitValues(settings) {
    const stored = storedAt(settings, TEST_EVENT.code.path) !== undefined;
    return { ...initValues([TEST_EVENT.code], settings), [TEST_EVENT.enabled.id]: initFieldValue(undefined, stored ? 'true' : '') };
  },
  getSettings: (values) => (sendsAsTest(values) ? collect([TEST_EVENT.code], values) : {}),
  validate(values) {
    if (!sendsAsTest(values)) return {};
    const errors = checkFields([TEST_EVENT.code], values, ACTION_SCHEMA);
    if (isBlank(settingValue('text', values[TEST_EVENT.code.id]))) {
      errors[TEST_EVENT.code.id] = 'Enter the test event code from Meta Events Manager > Test events, or untick "Send as Test Event".';
    }
    return errors;
  },
};
