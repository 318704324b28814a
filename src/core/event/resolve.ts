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
  values: FieldValues;
  /** The event defaults that filled blank fields, by field id; every other value is its setting's. */
  filled: Map<string, EventDefault>;
  /** Whether the XDM mapping fills blanks for this field. */
  mapped(field: Field): boolean;
}

/** Reads a field's default from the event; the preview passes one that shows stand-ins. */
export type EventDefaults = (field: Field, event: EventContext) => unknown;

/** The declared default as the action reads it (the preview uses it too, on a pasted event). */
export const readEventDefault: EventDefaults = (field, event) =>
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
  /** Where the JSON setting holding this one (customData for customData.value) is in the list, if any. */
  parent?: number;
  metaName?: string;
}
interface Plan {
  steps: Step[];
  /** Field id → position in the list. */
  positions: ReadonlyMap<string, number>;
}
const plans = new WeakMap<readonly Field[], Plan>();
function planOf(fields: readonly Field[]): Plan {
  let plan = plans.get(fields);
  if (!plan) {
    const positions = new Map(fields.map((field, i) => [field.id, i]));
    const steps = fields.map((field) => ({
      field,
      parent: positions.get(field.path.slice(0, -1).join('.')),
      metaName: metaName(field),
    }));
    plan = { steps, positions };
    plans.set(fields, plan);
  }
  return plan;
}

/** One event's values, by field id: a slot per declared field, so nothing grows per event. */
class FieldValues {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly slots: unknown[],
  ) {}

  get(id: string): unknown {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.slots[i];
  }
}

export function resolveFields(input: ResolveInput): Resolved {
  const { fields, settings, warnings } = input;
  const { steps, positions } = planOf(fields);
  const slots: unknown[] = new Array(steps.length).fill(undefined);
  const values = new FieldValues(positions, slots);
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

  for (let i = 0; i < steps.length; i++) {
    const { field, parent, metaName: name } = steps[i];
    const raw = storedValue(field, parent === undefined ? undefined : slots[parent], settings);
    // Most settings are not set at all: nothing to parse.
    const value = raw === undefined ? undefined : parseField(field, raw);
    // A value set that the parser leaves nothing of (an fbc in another form): dropped, and the event default used.
    if (value === undefined && !isBlankValue(raw))
      warnings.push(
        `${field.label} (${field.id}): the value set was dropped: ${field.rule ?? 'not in a form Meta accepts'}`,
      );
    if (value !== undefined) {
      slots[i] = value;
    } else if (field.fromEvent && (!field.fromEvent.mapping || isMapped(field, name))) {
      const fromEvent =
        parseEventValue(field, eventDefaults(field, event), warnings) ?? field.fromEvent.otherwise?.(event);
      if (fromEvent !== undefined) {
        slots[i] = fromEvent;
        filled.set(field.id, field.fromEvent);
      }
    }
    // The mapping's own settings come first and decide for the fields after them.
    if (field === MAPPING_FIELDS.enabled) mappingOn = slots[i] !== false;
    if (field === MAPPING_FIELDS.exclude) excluded = (slots[i] as string[] | undefined) ?? [];
    if (field === MAPPING_FIELDS.externalIdNamespace) event.externalIdNamespace = slots[i] as string | undefined;
  }
  return resolved;
}

/** A key of a JSON setting (customData.value) is read from that setting once it is parsed. */
function storedValue(field: Field, parent: unknown, settings: Record<string, unknown>): unknown {
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
