/**
 * The form part of a declaration: what only the form, its preview and the README show of a
 * setting (its help, placeholder and example, the words of its choices, what a blank one does,
 * its place in the form and the preview's stand-in). The library never imports this folder:
 * each declaration's core part (../*Fields.ts) is all the action runs, and test/budgets.test.ts
 * checks that the built library holds none of this. Every declared field has its form part:
 * `withForm` takes one for each key, or the types refuse.
 */
import type { Field } from '../field';

/** Where the form shows a field. */
export type Place =
  | 'configuration'
  | 'serverEvent'
  | 'serverEvent.appAndMessaging'
  | 'limitedDataUse'
  | 'userData.contact'
  | 'userData.location'
  | 'userData.identifiers'
  | 'userData.clickAndBrowser'
  | 'userData.messaging'
  /** A key inside the Custom data JSON object, with a field of its own in the form. */
  | 'customData.field'
  /** A key inside the Custom data JSON object, set in the JSON box. */
  | 'customData.key'
  | 'customData'
  | 'testEvent'
  | 'mapping'
  | 'consent'
  | 'override';

/**
 * What the payload preview puts in place of a value known only at run time. It must pass the
 * field's parser; the preview then shows where the value comes from instead.
 */
export type StandIn =
  'word' | 'url' | 'origin' | 'hash' | 'digits' | 'version' | 'clickId' | 'omit' | { value: unknown };

export interface FormPart {
  /** One or two sentences shown under the field. */
  help: string;
  placeholder?: string;
  /** A valid literal value, where the stand-in is no example of one (tests set every field to it). */
  example?: unknown;
  /** For the docs: how the value is sent, when `sentAs` alone does not say it. */
  sentAsNote?: string;
  /** A choice's options as people read them ("Phone call" for phone_call); the stored values stay. */
  words?: Readonly<Record<string, string>>;
  /** What happens when the setting is left blank, for the form to say ("denied consent skips the event"). */
  whenUnset?: string;
  place: Place;
  /** The preview's stand-in; by default a hash for a hashed key, else a word. */
  standIn: StandIn;
}

/** A declared field with its form part: what the views, the preview, the README and the tests read. */
export type FormField = Field & FormPart;

type PartInit = Omit<FormPart, 'standIn'> & { standIn?: StandIn };

export function withForm<const F extends Record<string, Field>>(
  fields: F,
  parts: { readonly [K in keyof F]: PartInit },
): { [K in keyof F]: F[K] & FormPart } {
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => {
      const part = parts[key as keyof F];
      const hashed = field.sentAs.to === 'user_data' && !!field.sentAs.normalize;
      return [key, { ...field, ...part, standIn: part.standIn ?? (hashed ? 'hash' : 'word') }];
    }),
  ) as never;
}
