/** Every declared setting with its form part, in the order of the core lists (../allFields). */
import { ACTION_FIELD_LIST, CONFIGURATION_FIELD_LIST } from '../allFields';
import type { Field } from '../field';
import { CONSENT_FORM, LIMITED_DATA_USE_FORM, OVERRIDE_FORM, TEST_EVENT_FORM } from './actionForm';
import { CONFIGURATION_FORM } from './configurationForm';
import { CUSTOM_DATA_FIELD_FORM, CUSTOM_DATA_KEYS_FORM } from './customDataForm';
import { MAPPING_FORM } from './mappingForm';
import type { FormField } from './part';
import { SERVER_EVENT_FORM } from './serverEventForm';
import { USER_DATA_FORM } from './userDataForm';

const ACTION_FORMS: readonly Record<string, FormField>[] = [
  MAPPING_FORM,
  CONSENT_FORM,
  SERVER_EVENT_FORM,
  LIMITED_DATA_USE_FORM,
  USER_DATA_FORM,
  { customData: CUSTOM_DATA_FIELD_FORM },
  CUSTOM_DATA_KEYS_FORM,
  TEST_EVENT_FORM,
  OVERRIDE_FORM,
];

/** The core list's fields with their form parts, matched by id (unique in each list). */
function withForms(fields: readonly Field[], groups: readonly Record<string, FormField>[]): readonly FormField[] {
  const byId = new Map(groups.flatMap((group) => Object.values(group)).map((form) => [form.id, form]));
  return fields.map((field) => {
    const form = byId.get(field.id);
    if (!form) throw new Error(`${field.id} has no form part in src/core/settings/form`);
    return form;
  });
}

export const ACTION_FORM_FIELD_LIST = withForms(ACTION_FIELD_LIST, ACTION_FORMS);
export const CONFIGURATION_FORM_FIELD_LIST = withForms(CONFIGURATION_FIELD_LIST, [CONFIGURATION_FORM]);

const FORM_OF = new Map<Field, FormField>([
  ...ACTION_FIELD_LIST.map((field, i) => [field, ACTION_FORM_FIELD_LIST[i]] as const),
  ...CONFIGURATION_FIELD_LIST.map((field, i) => [field, CONFIGURATION_FORM_FIELD_LIST[i]] as const),
  ...[...ACTION_FORM_FIELD_LIST, ...CONFIGURATION_FORM_FIELD_LIST].map((form) => [form, form] as const),
]);

/** A declared field's form version, from the field or its form version (the core hands the preview its own). */
export function formOf(field: Field): FormField {
  const form = FORM_OF.get(field);
  if (!form) throw new Error(`${field.id} is not a declared setting`);
  return form;
}
