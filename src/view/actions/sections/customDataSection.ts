/**
 * Custom Data: `customData`, one setting stored as an object or as JSON text (tokens allowed
 * inside). The form shows the keys a marketer sets most (value, currency, order ID, content IDs
 * and type) as fields of their own, and any other keys in a JSON box; the two are merged into
 * that one setting. Stored settings the user does not touch come back exactly as they were.
 */
import { SettingError } from '../../../core/errors';
import { needsValueAndCurrency, PURCHASE_NEEDS } from '../../../core/event/rules';
import { CUSTOM_DATA_FIELD, CUSTOM_DATA_KEYS } from '../../../core/settings/customDataFields';
import { SERVER_EVENT_FIELDS } from '../../../core/settings/serverEventFields';
import { holdsToken, isOnlyToken, isPlainObject } from '../../../core/values';
import { checkField, problemText } from '../../form/checkField';
import type { FieldDef } from '../../form/fieldDef';
import { initFieldValue, isEdited, settingValue, type FieldValue, type Values } from '../../form/fieldValue';
import { parseJsonObjectWithTokens } from '../../form/jsonWithTokens';
import { schemaAt } from '../../form/schemaCheck';
import { storedAt, type Errors, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldById, fieldsAt } from './declared';

/** The JSON box: every key without a field of its own. */
export const CUSTOM_DATA = fieldById(CUSTOM_DATA_FIELD.id);

const EVENT_NAME = fieldById(SERVER_EVENT_FIELDS.event_name.id);

/** Whether the form's event name is a Purchase (typed, not a data element). */
function isPurchase(values: Values): boolean {
  return needsValueAndCurrency(values[EVENT_NAME.id]?.text.trim() ?? '');
}

/** The keys with fields of their own, in declaration order; those a Purchase needs are required for one. */
export const CUSTOM_DATA_FIELDS: readonly FieldDef[] = fieldsAt('customData.field').map((field) =>
  PURCHASE_NEEDS.some((needed) => needed.id === field.id) ? { ...field, requiredWhen: isPurchase } : field,
);

const keyOf = (field: FieldDef) => field.path[1];
const SCHEMA = schemaAt(ACTION_SCHEMA, CUSTOM_DATA.path);

/** A stored key value a field can show and give back: text or a number (content IDs: a list of them too). */
function fieldCanHold(field: FieldDef, value: unknown): boolean {
  const scalar = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (field.spec.kind === 'list' && Array.isArray(value)) return value.length > 0 && value.every(scalar);
  return scalar(value);
}

function initValues(settings: Parameters<Section['getInitValues']>[0]): Values {
  const stored = storedAt(settings, CUSTOM_DATA.path);
  const values: Record<string, FieldValue> = {};
  let rest = stored;
  if (isPlainObject(stored)) {
    const others = { ...stored };
    for (const field of CUSTOM_DATA_FIELDS) {
      if (!(keyOf(field) in others) || !fieldCanHold(field, others[keyOf(field)])) continue;
      values[field.id] = initFieldValue(others[keyOf(field)]);
      delete others[keyOf(field)];
    }
    // An object whose keys all have fields leaves the box blank, not "{}".
    rest = Object.keys(others).length || !Object.keys(values).length ? others : undefined;
  }
  for (const field of CUSTOM_DATA_FIELDS) values[field.id] ??= initFieldValue(undefined);
  values[CUSTOM_DATA.id] = initFieldValue(rest);
  return values;
}

/** A field's value to save: edited numbers stay numbers for `value`, comma lists become lists for content IDs. */
function keyValue(field: FieldDef, value: FieldValue | undefined): unknown {
  const saved = settingValue(field.spec.kind, value);
  if (!value || !isEdited(value) || typeof saved !== 'string' || typeof value.stored === 'string') return saved;
  if (keyOf(field) === 'value' && /^-?\d+(\.\d+)?$/.test(saved)) return Number(saved);
  if (field.spec.kind === 'list' && !isOnlyToken(saved)) {
    return saved
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  return saved;
}

function fieldEntries(values: Values): [string, unknown][] {
  return CUSTOM_DATA_FIELDS.flatMap((f) => {
    const value = keyValue(f, values[f.id]);
    return value === undefined ? [] : [[keyOf(f), value] as [string, unknown]];
  });
}

/** The JSON box as an object, when it is one (JSON text with tokens included); else undefined. */
function boxObject(box: unknown): Record<string, unknown> | undefined {
  if (isPlainObject(box)) return box;
  if (typeof box !== 'string' || isOnlyToken(box)) return undefined;
  try {
    return parseJsonObjectWithTokens(box, CUSTOM_DATA.id);
  } catch {
    return undefined;
  }
}

/** The one `customData` setting: the box, with the fields' keys merged in. */
export function mergedCustomData(values: Values): unknown {
  const box = settingValue('json', values[CUSTOM_DATA.id]);
  const entries = fieldEntries(values);
  if (!entries.length) return box;
  if (box === undefined) return Object.fromEntries(entries);
  const object = boxObject(box);
  // Not mergeable (a data element for the whole object, or invalid JSON): validate() says so.
  return object ? { ...object, ...Object.fromEntries(entries) } : box;
}

/** Every problem of the box at once, each naming its key. */
function boxProblems(values: Values): string | undefined {
  const box = settingValue('json', values[CUSTOM_DATA.id]);
  const own = checkField(CUSTOM_DATA, box, SCHEMA);
  if (own) return own;
  const set = new Map(fieldEntries(values));
  if (typeof box === 'string' && isOnlyToken(box) && set.size) {
    const keys = [...set.keys()].join(', ');
    return (
      `One data element gives the whole object here, so it cannot take the keys set above (${keys}). ` +
      'Set those keys in that data element, or clear this box.'
    );
  }
  const object = boxObject(box);
  if (!object) return undefined;
  const problems: string[] = [];
  for (const [key, declared] of Object.entries(CUSTOM_DATA_KEYS)) {
    if (!(key in object)) continue;
    const field = CUSTOM_DATA_FIELDS.find((f) => keyOf(f) === key);
    if (field && set.has(key)) {
      problems.push(`"${key}" is set here and in the ${field.spec.label} field: keep one.`);
      continue;
    }
    if (holdsToken(object[key])) continue;
    try {
      declared.parse(object[key], declared.id);
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      problems.push(`"${key}": ${error.problem}`);
    }
  }
  return problems.length ? problems.join(' ') : undefined;
}

function keyProblem(field: FieldDef, values: Values): string | undefined {
  const value = keyValue(field, values[field.id]);
  if (value === undefined || holdsToken(value)) return undefined;
  try {
    field.parse?.(value, field.id);
    return undefined;
  } catch (error) {
    return problemText(error);
  }
}

const ALL = [...CUSTOM_DATA_FIELDS, CUSTOM_DATA];

export const customDataSection: Section = {
  fields: ALL,
  getInitValues: initValues,
  getSettings(values, stored) {
    const untouched = ALL.every((f) => !values[f.id] || !isEdited(values[f.id]));
    const merged = untouched ? storedAt(stored, CUSTOM_DATA.path) : mergedCustomData(values);
    return merged === undefined || merged === null ? {} : { customData: merged };
  },
  validate(values): Errors {
    const errors: Errors = {};
    for (const field of CUSTOM_DATA_FIELDS) {
      const problem = keyProblem(field, values);
      if (problem) errors[field.id] = problem;
    }
    const box = boxProblems(values);
    if (box) errors[CUSTOM_DATA.id] = box;
    return errors;
  },
};
