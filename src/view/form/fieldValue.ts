/**
 * One form field's state, and how it maps to a stored setting and back.
 *
 * The form edits text, but a stored value may be something the text cannot say exactly (a
 * list, a number, an object, "true" as a string). So each field keeps the stored value and the
 * text it was shown as: while the text is unchanged, the stored value is given back as is;
 * once edited, the text is converted by the field's kind.
 */
import type { FieldKind } from '../../core/settings/field';
import { isPlainObject } from '../../core/values';

export interface FieldValue {
  /** What the form shows and the user edits. */
  text: string;
  /** The text shown right after init. */
  initialText: string;
  /** The stored value (absent for a new or empty field). */
  stored?: unknown;
}

export type Values = Readonly<Record<string, FieldValue>>;

export function initFieldValue(stored: unknown, initialText?: string): FieldValue {
  const kept = stored === null ? undefined : stored;
  const text = toText(kept);
  // A default (initialText) differs from the shown text only for new components: it is saved.
  return { text: initialText ?? text, initialText: text, ...(kept === undefined ? {} : { stored: kept }) };
}

/** How a stored value is shown. */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

export function isEdited(field: FieldValue): boolean {
  return field.text !== field.initialText;
}

/** The value to save for a field, or undefined when nothing is to be saved. */
export function settingValue(kind: FieldKind, field: FieldValue | undefined): unknown {
  if (!field) return undefined;
  if (field.stored !== undefined && !isEdited(field)) return field.stored;
  return fromText(kind, field.text, field.stored);
}

/**
 * Edited text as a stored value. It keeps the stored value's type when the text fits it (a
 * number stays a number, "true" stays text, a list stays a list); new values take the natural
 * type of their kind.
 */
export function fromText(kind: FieldKind, text: string, stored?: unknown): unknown {
  const t = text.trim();
  if (!t) return undefined;
  const asText = typeof stored === 'string';
  switch (kind) {
    case 'boolean': {
      const word = t.toLowerCase();
      if (word !== 'true' && word !== 'false') return t;
      if (asText) return word;
      // An unticked box is "not set", unless the setting was stored before: then it says false.
      return word === 'true' ? true : stored === undefined ? undefined : false;
    }
    case 'integer':
      return !asText && /^-?\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
    case 'time':
      return !asText && /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    case 'json':
      return jsonOrText(t, stored);
    case 'list':
      if (Array.isArray(stored)) {
        const items = t
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
        return items.length ? items : undefined;
      }
      return typeof stored === 'number' && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    default:
      return t;
  }
}

/** A JSON object is saved as an object, unless it was stored as JSON text (or is not JSON yet). */
function jsonOrText(text: string, stored: unknown): unknown {
  if (typeof stored === 'string') return text;
  try {
    const parsed: unknown = JSON.parse(text);
    return isPlainObject(parsed) ? parsed : text;
  } catch {
    return text;
  }
}
