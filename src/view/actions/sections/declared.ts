/** The form's fields, straight from the declarations: a place in the form lists its fields. */
import { ACTION_FORM_FIELD_LIST } from '../../../core/settings/form/allForms';
import type { Place } from '../../../core/settings/form/part';
import { fieldFor, type FieldDef } from '../../form/fieldDef';
import { parseJsonObjectWithTokens } from '../../form/jsonWithTokens';
import { actionSchema } from '../../../core/settings/schemas';

/** The action's settings schema (as in extension.json), built once for every section. */
export const ACTION_SCHEMA = actionSchema();

/** JSON text may hold data elements outside strings: the form checks the rest of it. */
const ALL: readonly FieldDef[] = ACTION_FORM_FIELD_LIST.map((field) =>
  fieldFor(field, field.kind === 'json' ? parseJsonObjectWithTokens : field.parse),
);

/** The form fields shown at one of these places, in declaration order. */
export function fieldsAt(...places: Place[]): readonly FieldDef[] {
  return ALL.filter((def) => places.includes(def.field!.place));
}

/** One form field by its setting id. */
export function fieldById(id: string): FieldDef {
  const def = ALL.find((f) => f.id === id);
  if (!def) throw new Error(`No form field for the setting ${id}`);
  return def;
}
