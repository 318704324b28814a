/** How one setting is declared: once, for the library, the views, the JSON schemas and the docs. */

export type FieldKind =
  /** Free text (a data element may resolve it to any type). */
  | 'text'
  /** Text that must never be shown back or logged. */
  | 'secret'
  /** One of `options`. */
  | 'choice'
  /** Free text with `options` suggested. */
  | 'suggest'
  /** A true/false switch (or a data element resolving to a boolean or "true"/"false"). */
  | 'boolean'
  /** A whole number. */
  | 'integer'
  /** Unix seconds, milliseconds or ISO 8601. */
  | 'time'
  /** A JSON object (stored as an object or JSON text). */
  | 'json'
  /** Customer information: text, a number, or a list of them. */
  | 'list';

export interface FieldSpec {
  /** The settings key: Meta's own parameter name inside the action's groups. */
  key: string;
  label: string;
  /** One or two sentences shown under the field. */
  help: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly string[];
  placeholder?: string;
}

export interface UserDataFieldSpec extends FieldSpec {
  group: UserDataGroup;
  /** SHA-256 hashed after normalization (else sent trimmed, as given). */
  hashed: boolean;
  /** The normalization rule in words, for the docs and the form. */
  rule: string;
  /** Where a blank value is taken from in the incoming Edge event. */
  edgeDefault?: string;
}

export type UserDataGroup = 'contact' | 'location' | 'identifiers' | 'clickAndBrowser' | 'messaging';

export const USER_DATA_GROUPS: Record<UserDataGroup, string> = {
  contact: 'Contact',
  location: 'Location',
  identifiers: 'Identifiers',
  clickAndBrowser: 'Click and browser IDs',
  messaging: 'Messaging and Instagram',
};

/** A value that is a data-element token, or holds one: only known at run time. */
export function holdsToken(value: unknown): boolean {
  return typeof value === 'string' && /\{\{[^{}]+\}\}/.test(value);
}

/** Blank: absent, null, or only white space. Blank settings are not sent (or take a default). */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.every(isBlank);
}
