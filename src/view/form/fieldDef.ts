/** A form field: a declared setting (src/core/settings) with the form's check of a literal value. */
import type { FieldShape } from '../../core/settings/field';
import type { FormField } from '../../core/settings/form/part';
import type { Values } from './fieldValue';

/** What the form needs of a declaration; form-only controls have just this. */
export type FieldSpec = FieldShape &
  Pick<FormField, 'label' | 'help' | 'placeholder' | 'required' | 'words' | 'whenUnset'>;

export interface FieldDef {
  /** The setting's path joined with dots; also the setting named in messages and the error key. */
  id: string;
  /** Where the value is stored in the settings; empty for a form-only control. */
  path: readonly string[];
  spec: FieldSpec;
  /** The core's parser for a literal value; throws a SettingError naming `setting`. */
  parse?: (value: unknown, setting: string) => unknown;
  /** The declaration, for fields that are settings. */
  field?: FormField;
  /** Required only while other values say so (the test event code once "Send as Test Event" is on). */
  requiredWhen?: (values: Values) => boolean;
  /** A checkbox whose blank setting means on (the XDM mapping): shown ticked until it says false. */
  blankIsOn?: boolean;
}

/** Whether the field is required with these values: by its declaration, or by the rule it was given. */
export function requiredNow(field: FieldDef, values: Values): boolean {
  return field.spec.required === true || (field.requiredWhen?.(values) ?? false);
}

export function fieldFor(field: FormField, parse: FieldDef['parse'] = field.parse): FieldDef {
  return { id: field.id, path: field.path, spec: field, parse, field };
}

/** Kinds whose value is a single data element or nothing: a selected token replaces the text. */
export function takesTokenAlone(spec: Pick<FieldSpec, 'kind'>): boolean {
  return !['text', 'list', 'json'].includes(spec.kind);
}

/** A control that is not a setting (it only decides whether others are saved). */
export function formOnly(id: string, spec: FieldSpec): FieldDef {
  return { id, path: [], spec };
}
