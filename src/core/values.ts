/** Small facts about setting values, shared by every layer of the core. */

/** Blank: absent, null, or only white space (a list of blanks too). Blank settings take a default or are not sent. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.every(isBlank);
}

/** A data-element token, `{{name}}`, as the engine replaces it in settings. */
export const TOKEN = /\{\{[^{}]+\}\}/;

/** A value that is a data-element token, or holds one: only known at run time. */
export function holdsToken(value: unknown): boolean {
  return typeof value === 'string' && TOKEN.test(value);
}

/** A value that is exactly one data-element token. */
export function isOnlyToken(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return TOKEN.exec(text)?.[0] === text;
}

/** An absolute http(s) URL (checked by URL.canParse where the runtime has it). */
export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^/?#\s]/i.test(text) && URL.canParse?.(text) !== false;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside nested objects, or undefined. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) value = isPlainObject(value) ? value[key] : undefined;
  return value;
}

/** A finite number, or its digits as text (`"42.5"`: no currency sign or thousands separator), else undefined. */
export function numberFrom(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}
