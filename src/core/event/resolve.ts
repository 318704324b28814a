/**
 * Every declared setting's value for one event: the setting when it is not blank (a literal,
 * or a data element already resolved by the engine), else the Edge event's default, else
 * nothing. A set value always wins whole, except a JSON object with an event default (app
 * data), which the event completes key by key; XDM only fills what is blank. A setting that
 * does not parse is a problem recorded for the rule's refusal; the others are still resolved,
 * so every problem is known at once.
 */
import { SettingError } from '../errors';
import type { EventDefault, Field } from '../settings/field';
import { MAPPING_FIELDS } from '../settings/mappingFields';
import { metaName, parseField } from '../settings/field';
import { isBlankValue } from '../normalize/text';
import { isPlainObject } from '../values';
import type { EventContext } from '../xdm/reader';
import type { Plan } from './plan';

export interface Resolved {
  /** Parsed values by field id; blank fields are absent. */
  values: FieldValues;
  /** The event defaults that filled blank fields, by field id; every other value is its setting's. */
  filled: Map<string, EventDefault>;
  /** Whether the XDM mapping fills blanks for this field. */
  mapped(field: Field): boolean;
  /** Whether the XDM mapping is on at all (off, a field is not mapped only when excluded or not mappable). */
  readonly mappingOn: boolean;
  /** Values the event holds for a field that could not be used, by field id (paths and reasons, never values). */
  unusable: Map<string, string[]>;
  /** Settings that do not parse, in field order. */
  problems: SettingError[];
}

/** Reads a field's default from the event; the preview passes one that shows stand-ins. */
export type EventDefaults = (field: Field, event: EventContext) => unknown;

/** The declared default as the action reads it (the preview uses it too, on a pasted event). */
export const readEventDefault: EventDefaults = (field, event) =>
  field.fromEvent?.when?.(event) === false ? undefined : field.fromEvent?.read(event);

export interface ResolveInput {
  plan: Plan;
  settings: Record<string, unknown>;
  /** `arc.event.xdm`. */
  xdm: unknown;
  /** `arc.request`. */
  request?: unknown;
  nowMs: number;
  warnings: string[];
  eventDefaults?: EventDefaults;
}

/** One event's values, by field id: a slot per step of the plan, so nothing grows per event. */
class FieldValues {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    /** The values in the plan's order, for its placers. */
    readonly slots: unknown[],
  ) {}

  get(id: string): unknown {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.slots[i];
  }
}

export function resolveFields(input: ResolveInput): Resolved {
  const { plan, settings, warnings } = input;
  const { steps, positions } = plan;
  const slots: unknown[] = new Array(steps.length).fill(undefined);
  const values = new FieldValues(positions, slots);
  const filled = new Map<string, EventDefault>();
  const unusable = new Map<string, string[]>();
  const problems: SettingError[] = [];
  const eventDefaults = input.eventDefaults ?? readEventDefault;
  /** The field being resolved: readers' notes are about it. */
  let current = steps[0]?.field;
  const event: EventContext = {
    xdm: input.xdm,
    request: input.request,
    nowMs: input.nowMs,
    got: (id) => values.get(id),
    warn: (message) => warnings.push(`${current.label} (${current.id}): ${message}`),
    unusable: (note) => unusable.set(current.id, [...(unusable.get(current.id) ?? []), note]),
  };
  let mappingOn = true;
  let excluded: readonly string[] = [];
  const isMapped = (field: Field, name: string | undefined) =>
    !!field.fromEvent?.mapping && mappingOn && !excluded.includes(name!);
  const resolved: Resolved = {
    values,
    filled,
    mapped: (field) => isMapped(field, metaName(field)),
    get mappingOn() {
      return mappingOn;
    },
    unusable,
    problems,
  };

  for (let i = 0; i < steps.length; i++) {
    const { field, metaName: name, read } = steps[i];
    current = field;
    const raw = read(settings, slots);
    // Most settings are not set at all: nothing to parse.
    const value = raw === undefined ? undefined : parseOrRecord(field, raw, problems);
    // A value set that the parser leaves nothing of (an fbc in another form): dropped, and the event default used.
    if (value === undefined && !isBlankValue(raw) && !problems.some((p) => p.setting === field.id))
      warnings.push(
        `${field.label} (${field.id}): the value set was dropped: ${field.rule ?? 'not in a form Meta accepts'}`,
      );
    const completes = field.kind === 'json' && isPlainObject(value);
    if (value !== undefined && !completes) {
      slots[i] = value;
    } else if (field.fromEvent && (!field.fromEvent.mapping || isMapped(field, name))) {
      let fromEvent = parseEventValue(field, eventDefaults(field, event), event);
      const { otherwise } = field.fromEvent;
      if (fromEvent === undefined && otherwise) {
        fromEvent = otherwise.read(event);
        const notes = unusable.get(field.id);
        if (notes) warnings.push(`${field.label} (${field.id}): ${notes.join('; ')}; ${otherwise.describe} was used`);
      }
      if (fromEvent !== undefined) {
        // A JSON setting keeps its own keys; the event fills the others.
        slots[i] = completes && isPlainObject(fromEvent) ? { ...fromEvent, ...(value as object) } : fromEvent;
        filled.set(field.id, field.fromEvent);
      } else slots[i] = value;
    } else slots[i] = value;
    if (slots[i] === undefined && unusable.has(field.id))
      for (const note of unusable.get(field.id)!) warnings.push(`${field.label} (${field.id}): ${note}; not sent`);
    // The mapping's own settings come first and decide for the fields after them.
    if (field === MAPPING_FIELDS.enabled) mappingOn = slots[i] !== false;
    if (field === MAPPING_FIELDS.exclude) excluded = (slots[i] as string[] | undefined) ?? [];
    if (field === MAPPING_FIELDS.externalIdNamespace) event.externalIdNamespace = slots[i] as string | undefined;
  }
  return resolved;
}

/** The parsed setting; a SettingError is recorded (the field is then left blank) so the others are still checked. */
function parseOrRecord(field: Field, raw: unknown, problems: SettingError[]): unknown {
  try {
    return parseField(field, raw);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    problems.push(error);
    return undefined;
  }
}

/** A value in the event that the field's parser refuses is unusable: named, then left out. */
function parseEventValue(field: Field, raw: unknown, event: EventContext): unknown {
  if (raw === undefined) return undefined;
  try {
    return field.parse(raw, field.id);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    event.unusable(`the event's ${field.fromEvent!.describe} is not usable: ${error.problem}`);
    return undefined;
  }
}
