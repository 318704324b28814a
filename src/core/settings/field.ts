/**
 * How one setting is declared: its core part here, all the action runs (path, kind, parser,
 * where it goes, its event default, the label its messages name it by), and its form part in
 * ./form (help, placeholder, place, preview stand-in), which only the form, the preview and the
 * README read. The action's builder, the configuration resolution, the form, the preview, the
 * JSON schemas in extension.json and the README tables are all derived from these declarations.
 */
import type { Normalizer } from '../normalize/normalizer';
import { SettingError } from '../errors';
import { parseChoice } from './parsers';
import type { EventContext, EventReader } from '../xdm/reader';

/** The control and the stored type. Choices carry their options, so no other kind has any. */
export type FieldShape =
  /** Free text (a data element may resolve it to any type). */
  | { kind: 'text' }
  /** Text that is never shown back, logged or echoed. */
  | { kind: 'secret' }
  /** A true/false switch (or a data element resolving to a boolean or "true"/"false"). */
  | { kind: 'boolean' }
  /** A whole number. */
  | { kind: 'integer' }
  /** Unix seconds, milliseconds or ISO 8601. */
  | { kind: 'time' }
  /** A JSON object, stored as an object or as JSON text. */
  | { kind: 'json' }
  /** Customer information: text, a number, or a list of them. */
  | { kind: 'list' }
  /** One of `options`. */
  | { kind: 'choice'; options: readonly string[] }
  /** Free text with `options` suggested. */
  | { kind: 'suggest'; options: readonly string[] };

export type FieldKind = FieldShape['kind'];

/** Where a setting's value goes in the Graph request. */
type SentAs =
  /** `data[0].<key>`. */
  | { to: 'event'; key: string }
  /** `data[0].user_data.<key>`; normalized and SHA-256 hashed when `normalize` is set. */
  | { to: 'user_data'; key: string; normalize?: Normalizer }
  /** `data[0].custom_data`, whole (no key) or one key of it. */
  | { to: 'custom_data'; key?: string }
  /** A top-level key of the request body; with `hmacOf`, the HMAC-SHA256 of that key's value, keyed with this one. */
  | { to: 'body'; key: string; hmacOf?: string }
  /** A part of `POST {origin}/{version}/{pixel_id}/events`. */
  | { to: 'url'; part: 'origin' | 'version' | 'pixel_id' }
  /** Not sent: it decides how the event is sent (consent, mapping). */
  | { to: 'none' };

/** Where a blank setting is filled from in the incoming Edge event. */
export interface EventDefault {
  /** For people: the docs, the form's hint and the preview, e.g. `xdm.identityMap.Email[].id`. */
  describe: string;
  /** The same in a few plain words for the form's note, e.g. "email identity" (the path stays in `describe`). */
  summary: string;
  /** Part of the XDM mapping (off with it, or when excluded); else an Edge default that always applies. */
  mapping: boolean;
  read: EventReader;
  /** When the default can apply at all, judged from the settings alone (the preview shows it only then). */
  when?: (event: EventContext) => boolean;
  /** The value when the event has none either (event_time: the time of sending), and its name for messages. */
  otherwise?: { describe: string; read: EventReader };
}

/** A default from the XDM mapping (off with it, or when the field is excluded). */
export const xdmDefault = (summary: string, describe: string, read: EventReader): EventDefault => ({
  mapping: true,
  summary,
  describe,
  read,
});
/** A default every Edge event carries, applied with or without the mapping. */
export const edgeDefault = (summary: string, describe: string, read: EventReader): EventDefault => ({
  mapping: false,
  summary,
  describe,
  read,
});

export type Field = FieldShape & {
  /** Where it is stored in the settings; its id (`serverEvent.event_name`) names it in messages. */
  path: readonly string[];
  id: string;
  /** Names the setting in the action's messages, with its id (the form shows it too). */
  label: string;
  /** Must be stored (the JSON schema's `required`); fields a rule requires are checked by event/rules. */
  required?: boolean;
  /** The value to send from a resolved setting, undefined when blank; throws a SettingError naming `setting`. */
  parse(value: unknown, setting: string): unknown;
  sentAs: SentAs;
  /** The normalization rule in words (customer information): a dropped value's warning quotes it. */
  rule?: string;
  fromEvent?: EventDefault;
};

/** A declaration without its id, which is derived from the path. */
export type FieldInit = Omit<Field, 'id'> extends infer F ? (F extends unknown ? Omit<F, 'id'> : never) : never;

export function declare<const T extends Record<string, FieldInit>>(
  fields: T,
): { [K in keyof T]: T[K] & { id: string } } {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, { ...f, id: f.path.join('.') }])) as never;
}

/** A choice's kind, options and parser, with the options written once. */
export function choiceOf<const T extends string>(options: readonly T[]) {
  return {
    kind: 'choice',
    options,
    parse: (value: unknown, setting: string) => parseChoice(value, setting, options),
  } as const;
}

/**
 * The field's parser on a value; its errors name the setting the value was read from (`as`, by
 * default the field itself) by label and path.
 */
export function parseField(field: Field, value: unknown, as: Field = field): unknown {
  try {
    return field.parse(value, as.id);
  } catch (error) {
    if (error instanceof SettingError && !error.label) throw new SettingError(error.setting, error.problem, as.label);
    throw error;
  }
}

/** The Meta parameter a field fills, for the mapping's `exclude` list and the docs. */
export function metaName(field: Field): string | undefined {
  return 'key' in field.sentAs ? field.sentAs.key : undefined;
}
