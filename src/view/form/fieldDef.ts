/** A form field: a declared setting (src/core/settings), where it is stored, and how it is checked. */
import type { FieldSpec } from '../../core/settings/fieldSpec';

export interface FieldDef {
  /** The setting's path joined with dots; also the setting named in messages and the error key. */
  id: string;
  /** Where the value is stored in the settings; empty for a form-only control. */
  path: readonly string[];
  spec: FieldSpec;
  /** The core's parser for a literal value; throws a SettingError naming `setting`. */
  parse?: (value: unknown, setting: string) => unknown;
}

export function fieldAt(path: readonly string[], spec: FieldSpec, parse?: FieldDef['parse']): FieldDef {
  return { id: path.join('.'), path, spec, parse };
}

/** Kinds whose value is a single data element or nothing: a selected token replaces the text. */
export function takesTokenAlone(spec: FieldSpec): boolean {
  return !['text', 'list', 'json'].includes(spec.kind);
}

/** A control that is not a setting (it only decides whether others are saved). */
export function formOnly(spec: FieldSpec): FieldDef {
  return { id: spec.key, path: [], spec };
}
