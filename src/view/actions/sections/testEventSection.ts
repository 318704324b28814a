/** Test Event: a "Send as Test Event" box (form only) and `testEventCode`, required when ticked. */
import { TEST_EVENT_FIELDS } from '../../../core/settings/actionFields';
import { isBlank } from '../../../core/values';
import { formOnly } from '../../form/fieldDef';
import { initFieldValue, settingValue, type Values } from '../../form/fieldValue';
import { checkFields, collect, initValues, storedAt, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldById } from './declared';

export const TEST_EVENT = {
  /** Not a setting: whether `testEventCode` is saved at all. */
  enabled: formOnly('sendAsTestEvent', {
    kind: 'boolean',
    label: 'Send as Test Event',
    help: 'Sends the event to Meta Events Manager > Test events with the code below.',
  }),
  code: { ...fieldById(TEST_EVENT_FIELDS.testEventCode.id), requiredWhen: (values: Values) => sendsAsTest(values) },
};

export function sendsAsTest(values: Values): boolean {
  return settingValue('boolean', values[TEST_EVENT.enabled.id]) === true;
}

export const testEventSection: Section = {
  fields: [TEST_EVENT.enabled, TEST_EVENT.code],
  getInitValues(settings) {
    const stored = storedAt(settings, TEST_EVENT.code.path) !== undefined;
    return {
      ...initValues([TEST_EVENT.code], settings),
      [TEST_EVENT.enabled.id]: initFieldValue(undefined, stored ? 'true' : ''),
    };
  },
  getSettings: (values) => (sendsAsTest(values) ? collect([TEST_EVENT.code], values) : {}),
  validate(values) {
    if (!sendsAsTest(values)) return {};
    const errors = checkFields([TEST_EVENT.code], values, ACTION_SCHEMA);
    if (isBlank(settingValue('text', values[TEST_EVENT.code.id]))) {
      errors[TEST_EVENT.code.id] =
        'Enter the test event code from Meta Events Manager > Test events, or untick "Send as Test Event".';
    }
    return errors;
  },
};
