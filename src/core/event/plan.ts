/**
 * The action's declarations compiled once, on the first event (not at load), into the steps one
 * event runs: per field, a reader made for its path and a placer for where its value goes. The
 * plan is derived, never written: the form and the preview read the same declarations and
 * parsers, and the contract test sends every declared field through it.
 */
import type { UserDataKey } from '../normalize/userData';
import { LIMITED_DATA_USE_FIELDS, OVERRIDE_FIELDS } from '../settings/actionFields';
import { ACTION_FIELD_LIST } from '../settings/allFields';
import { metaName, type Field } from '../settings/field';
import { isPlainObject, valueAt } from '../values';

/** Where one event's resolved values are placed before the rules check them. */
export interface Placing {
  event: Record<string, unknown>;
  /** Customer information as set, before it is normalized and hashed. */
  user: Record<string, unknown>;
  custom: Record<string, unknown>;
  body: Record<string, unknown>;
}

interface Step {
  field: Field;
  /** The Meta parameter it fills (the mapping's exclude list names these). */
  metaName?: string;
  /** The stored setting: a key of the parsed JSON setting holding it (customData.value), else the value at its path. */
  read(settings: Record<string, unknown>, slots: readonly unknown[]): unknown;
  /** Puts the value where its declaration sends it; none when a rule places it (Limited Data Use) or it is not sent. */
  place?(value: unknown, into: Placing): void;
}

export interface Plan {
  /** One step per field, in resolution order; a field's values live in the slot of the same index. */
  steps: readonly Step[];
  /** Field id → slot. */
  positions: ReadonlyMap<string, number>;
  /** The settings that hold others (serverEvent, userData, …): each must be an object when set. */
  groups: readonly string[];
  /** The customer information keys, with their normalizers. */
  userDataKeys: readonly UserDataKey[];
}

let compiled: Plan | undefined;
export const actionPlan = (): Plan => (compiled ??= compile(ACTION_FIELD_LIST));

function compile(fields: readonly Field[]): Plan {
  const positions = new Map(fields.map((field, i) => [field.id, i]));
  // Limited Data Use is placed by its rule (the consent gate can force it); overrides go to the connection.
  const placedByRule = new Set<Field>([...Object.values(LIMITED_DATA_USE_FIELDS), ...Object.values(OVERRIDE_FIELDS)]);
  const steps = fields.map((field): Step => ({
    field,
    metaName: metaName(field),
    read: readerOf(field.path, positions.get(field.path.slice(0, -1).join('.'))),
    place: placedByRule.has(field) ? undefined : placerOf(field.sentAs),
  }));
  const ids = new Set(positions.keys());
  return {
    steps,
    positions,
    groups: [...new Set(fields.map((f) => f.path[0]))].filter((name) => !ids.has(name)),
    userDataKeys: fields.flatMap((f) => (f.sentAs.to === 'user_data' ? [f.sentAs] : [])),
  };
}

function readerOf(path: readonly string[], parent: number | undefined): Step['read'] {
  const [group, key] = path;
  const atPath: Step['read'] =
    path.length === 1
      ? (settings) => settings[group]
      : path.length === 2
        ? (settings) => {
            const holder = settings[group];
            return isPlainObject(holder) ? holder[key] : undefined;
          }
        : (settings) => valueAt(settings, path);
  if (parent === undefined) return atPath;
  const last = path[path.length - 1];
  return (settings, slots) => {
    const holder = slots[parent];
    return isPlainObject(holder) ? holder[last] : atPath(settings, slots);
  };
}

/** Sets `key` of one part of the event being placed, when there is a value. */
const keyOf =
  (part: 'event' | 'user' | 'body', key: string): Step['place'] =>
  (value, into) => {
    if (value !== undefined) into[part][key] = value;
  };

function placerOf(to: Field['sentAs']): Step['place'] {
  switch (to.to) {
    case 'event':
      return keyOf('event', to.key);
    case 'user_data':
      return keyOf('user', to.key);
    case 'body':
      return keyOf('body', to.key);
    case 'custom_data': {
      const { key } = to;
      if (!key)
        return (value, into) => {
          if (value !== undefined) into.custom = { ...(value as object) };
        };
      // A key the action knows replaces the JSON's own (checked, or filled from the event, or blank).
      return (value, into) => {
        if (value === undefined) delete into.custom[key];
        else into.custom[key] = value;
      };
    }
    default:
      return undefined;
  }
}
