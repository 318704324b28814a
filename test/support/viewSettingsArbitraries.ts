/**
 * Random stored settings that fit extension.json's schemas, derived from the declarations, for
 * round-trip properties.
 */
import fc from 'fast-check';
import { ACTION_FIELD_LIST, CONFIGURATION_FIELD_LIST } from '../../src/core/settings/allFields';
import type { Field } from '../../src/core/settings/field';

const token = fc.stringMatching(/^[A-Za-z][\w .-]{0,12}$/).map((name) => `{{${name}}}`);
/** Any text, including blanks, commas, braces and tokens in the middle. */
const text = fc.oneof(
  fc.string(),
  token,
  fc.tuple(fc.string(), token).map(([a, b]) => a + b),
);
const nonEmpty = text.filter((t) => t.length > 0);
const digits = fc.stringMatching(/^\d{1,15}$/);
const jsonObject = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 });
const listItem = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** A stored value of the field's kind, as the schema allows it. */
function storedValue(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'choice':
      return fc.oneof(fc.constantFrom(...field.options), token);
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), token);
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.integer({ min: 0, max: 5000 }).map(String), token);
    case 'time':
      return fc.oneof(text, fc.integer({ min: 0 }));
    case 'json':
      return fc.oneof(jsonObject, text);
    case 'list':
      return fc.oneof(text, fc.integer(), fc.array(listItem, { maxLength: 3 }));
    default:
      if (field.sentAs.to === 'url' && field.sentAs.part === 'pixel_id') return fc.oneof(digits, token);
      return field.required ? nonEmpty : text;
  }
}

/** Records nested by path; a group's required keys are its required fields (Limited Data Use: `enabled`). */
function settingsOf(
  fields: readonly Field[],
  required: (key: string, group?: string) => boolean,
  depth = 0,
  group?: string,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const groups = new Map<string, Field[]>();
  for (const field of fields) {
    const key = field.path[depth];
    if (field.path.length === depth + 1) model[key] = storedValue(field);
    else groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  // A JSON setting's own keys (customData.value) are inside the JSON value generated above.
  for (const [key, inner] of groups) if (!(key in model)) model[key] = settingsOf(inner, required, depth + 1, key);
  return fc.record(model, { requiredKeys: Object.keys(model).filter((key) => required(key, group)) });
}

const requiredFields = (fields: readonly Field[]) => (key: string, group?: string) =>
  fields.some((f) => f.required && f.path[f.path.length - 1] === key && f.path[f.path.length - 2] === group);

export const actionSettings = settingsOf(
  ACTION_FIELD_LIST,
  (key, group) => group === 'limitedDataUse' && key === 'enabled',
);
export const configurationSettings = settingsOf(CONFIGURATION_FIELD_LIST, requiredFields(CONFIGURATION_FIELD_LIST));
