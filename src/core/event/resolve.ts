/**
 * Every declared setting's value for one event: the setting when it is not blank (a literal,
 * or a data element already resolved by the engine), else the Edge event's default, else
 * nothing. A set value always wins whole; XDM only fills what is blank.
 */
import { SettingError } from '../errors';
import type { EventDefault, Field } from '../settings/field';
import { MAPPING_FIELDS } from '../settings/mappingFields';
import { metaName, parseField } from '../settings/field';
import { isBlankValue } from '../normalize/text';
import { isPlainObject, valueAt } from '../values';
import type { EventContext } from '../xdm/reader';

export interface Resolved {
  /** Parsed values by field id; blank fields are absent. */
  values: Map<string, unknown>;
  /** The event defaults that filled blank fields, by field id; every other value is its setting's. */
  filled: Map<string, EventDefault>;
  /** Whether the XDM mapping fills blanks for this field. */
  mapped(field: Field): boolean;
}

/** Reads a field's default from the event; the preview passes one that shows stand-ins. */
export type EventDefaults = (field: Field, event: EventContext) => unknown;

const readEventDefault: EventDefaults = (field, event) =>
  field.fromEvent?.when?.(event) === false ? undefined : field.fromEvent?.read(event);

export interface ResolveInput {
  fields: readonly Field[];
  settings: Record<string, unknown>;
  /** `arc.event.xdm`. */
  xdm: unknown;
  nowMs: number;
  warnings: string[];
  eventDefaults?: EventDefaults;
}

/** What resolving a field needs beyond its declaration, worked out once per list of fields. */
interface Step {
  field: Field;
  /** The id of the JSON setting holding this one (customData for customData.value), if any. */
  parentId?: string;
  metaName?: string;
}
const plans = new WeakMap<readonly Field[], Step[]>();
function planOf(fields: readonly Field[]): Step[] {
  let plan = plans.get(fields);
  if (!plan) {
    const ids = new Set(fields.map((field) => field.id));
    plan = fields.map((field) => {
      const parentId = field.path.slice(0, -1).join('.');
      return { field, parentId: ids.has(parentId) ? parentId : undefined, metaName: metaName(field) };
    });
    plans.set(fields, plan);
  }
  return plan;
}

export function resolveFields(input: ResolveInput): Resolved {
  const { fields, settings, warnings } = input;
  const plan = planOf(fields);
  const values = new Map<string, unknown>();
  const filled = new Map<string, EventDefault>();
  const eventDefaults = input.eventDefaults ?? readEventDefault;
  const event: EventContext = {
    xdm: input.xdm,
    nowMs: input.nowMs,
    got: (id) => values.get(id),
    warn: (message) => warnings.push(message),
  };
  let mappingOn = true;
  let excluded: readonly string[] = [];
  const isMapped = (field: Field, name: string | undefined) =>
    !!field.fromEvent?.mapping && mappingOn && !excluded.includes(name!);
  const resolved: Resolved = { values, filled, mapped: (field) => isMapped(field, metaName(field)) };

  for (const { field, parentId, metaName: name } of plan) {
    const raw = storedValue(field, parentId, settings, values);
    // Most settings are not set at all: nothing to parse.
    const value = raw === undefined ? undefined : parseField(field, raw);
    // A value set that the parser leaves nothing of (an fbc in another form): dropped, and the event default used.
    if (value === undefined && !isBlankValue(raw))
      warnings.push(
        `${field.label} (${field.id}): the value set was dropped: ${field.rule ?? 'not in a form Meta accepts'}`,
      );
    if (value !== undefined) {
      values.set(field.id, value);
    } else if (field.fromEvent && (!field.fromEvent.mapping || isMapped(field, name))) {
      const fromEvent =
        parseEventValue(field, eventDefaults(field, event), warnings) ?? field.fromEvent.otherwise?.(event);
      if (fromEvent !== undefined) {
        values.set(field.id, fromEvent);
        filled.set(field.id, field.fromEvent);
      }
    }
    // The mapping's own settings come first and decide for the fields after them.
    if (field === MAPPING_FIELDS.enabled) mappingOn = values.get(field.id) !== false;
    if (field === MAPPING_FIELDS.exclude) excluded = (values.get(field.id) as string[] | undefined) ?? [];
    if (field === MAPPING_FIELDS.externalIdNamespace)
      event.externalIdNamespace = values.get(field.id) as string | undefined;
  }
  return resolved;
}

/** A key of a JSON setting (customData.value) is read from that setting once it is parsed. */
function storedValue(
  field: Field,
  parentId: string | undefined,
  settings: Record<string, unknown>,
  values: Map<string, unknown>,
): unknown {
  if (parentId === undefined) return valueAt(settings, field.path);
  const parent = values.get(parentId);
  return isPlainObject(parent) ? parent[field.path[field.path.length - 1]] : valueAt(settings, field.path);
}

/** A value in the event that the field's parser refuses is ignored, with a warning naming where it was. */
function parseEventValue(field: Field, raw: unknown, warnings: string[]): unknown {
  if (raw === undefined) return undefined;
  try {
    return field.parse(raw, field.id);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    warnings.push(
      `${field.label} (${field.id}): ` +
        `the event's ${field.fromEvent!.describe} is not usable (${error.problem}); ignored`,
    );
    return undefined;
  }
}
