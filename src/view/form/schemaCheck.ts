/**
 * Checks one setting against its JSON schema from src/core/settings/schemas (the schemas in
 * extension.json), so the form never saves what the Data Collection UI would refuse. Only the
 * keywords those schemas use for single settings are understood (a test keeps that true); a
 * full validator such as ajv would add ~35 KB gzip and compile code with `new Function`.
 */
import { isPlainObject } from '../../core/values';

export type Schema = Readonly<Record<string, unknown>>;

export const UNDERSTOOD_KEYWORDS = ['type', 'pattern', 'minLength', 'anyOf', 'items'] as const;

/** The schema of the setting at `path` (e.g. ['serverEvent', 'event_name']) in a settings schema. */
export function schemaAt(root: Schema, path: readonly string[]): Schema {
  let schema = root;
  for (const key of path) {
    const properties = schema.properties as Record<string, Schema> | undefined;
    if (!properties?.[key]) throw new Error(`No schema for setting "${path.join('.')}"`);
    schema = properties[key];
  }
  return schema;
}

export function fitsSchema(schema: Schema, value: unknown): boolean {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).some((s) => fitsSchema(s, value));
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => hasType(type, value))) return false;
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) return false;
  }
  if (Array.isArray(value) && isPlainObject(schema.items))
    return value.every((item) => fitsSchema(schema.items as Schema, item));
  return true;
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return false;
  }
}
