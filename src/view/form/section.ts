/**
 * A form section owns its fields: their values from the stored settings, its part of the
 * settings, and its problems. All pure, so they are tested without a browser.
 */
import { isPlainObject, valueAt } from '../../core/values';
import type { InitInfo, Settings } from '../bridge/types';
import { checkField } from './checkField';
import type { FieldDef } from './fieldDef';
import { initFieldValue, isEdited, settingValue, type Values } from './fieldValue';
import { schemaAt, type Schema } from './schemaCheck';

/** Problems by field id. */
export type Errors = Record<string, string>;

export interface Section {
  readonly fields: readonly FieldDef[];
  /** `settings` is null for a new component. */
  getInitValues(settings: Settings | null): Values;
  /** This section's part of the settings; `stored` is what init received. */
  getSettings(values: Values, stored: Settings | null): Settings;
  /**
   * `values` holds every section's fields: some checks look across sections; `nowMs` is the
   * form's clock; `known`, the problems the sections before this one found.
   */
  validate(values: Values, info: InitInfo, nowMs: number, known: Readonly<Errors>): Errors;
}

export function storedAt(settings: Settings | null, path: readonly string[]): unknown {
  return valueAt(settings, path);
}

export function initValues(fields: readonly FieldDef[], settings: Settings | null): Values {
  return Object.fromEntries(fields.map((f) => [f.id, initFieldValue(storedAt(settings, f.path))]));
}

/** The fields' values to save, nested by path; fields with nothing to save are left out. */
export function collect(fields: readonly FieldDef[], values: Values): Settings {
  const out: Settings = {};
  for (const field of fields) {
    const value = settingValue(field.spec.kind, values[field.id]);
    if (value === undefined || !field.path.length) continue;
    let node = out;
    for (const key of field.path.slice(0, -1)) node = (node[key] ??= {}) as Settings;
    node[field.path[field.path.length - 1]] = value;
  }
  return out;
}

/**
 * A settings group (`serverEvent`, `userData`, …): saved when `wanted` (by default, when it
 * holds something), or when it was stored and none of its fields was edited: what the user
 * did not touch comes back as it was, even empty.
 */
export function groupSettings(
  key: string,
  fields: readonly FieldDef[],
  values: Values,
  stored: Settings | null,
  wanted?: boolean,
): Settings {
  const group = collect(fields, values)[key];
  const untouched = isPlainObject(stored?.[key]) && !fields.some((f) => values[f.id] && isEdited(values[f.id]));
  return (wanted ?? group !== undefined) || untouched ? { [key]: group ?? {} } : {};
}

/** Every field's own problem (cross-field rules are added by the section). */
export function checkFields(fields: readonly FieldDef[], values: Values, root: Schema): Errors {
  const errors: Errors = {};
  for (const field of fields) {
    if (!field.path.length) continue;
    const problem = checkField(field, settingValue(field.spec.kind, values[field.id]), schemaAt(root, field.path));
    if (problem) errors[field.id] = problem;
  }
  return errors;
}

/** A section whose fields are saved and checked one by one, with no rule across them. */
export function plainSection(fields: readonly FieldDef[], root: Schema): Section {
  return {
    fields,
    getInitValues: (settings) => initValues(fields, settings),
    getSettings: (values) => collect(fields, values),
    validate: (values) => checkFields(fields, values, root),
  };
}
