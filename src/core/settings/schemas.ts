/**
 * The JSON schemas (draft-04) that the Data Collection UI checks settings against when a user
 * saves, generated from the field declarations. Stored values may hold data-element tokens
 * (`{{name}}`). Keys inside the Custom data JSON are checked by the action, not the schema.
 */
import { ACTION_FIELD_LIST, CONFIGURATION_FIELD_LIST } from './allFields';
import type { Field } from './field';

type Schema = Record<string, unknown>;

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const TOKEN = '\\{\\{[^{}]+\\}\\}';
/** Digits, or text holding a data-element token. */
const PIXEL_ID_PATTERN = `^(\\d+|.*${TOKEN}.*)$`;

function fieldSchema(field: Field): Schema {
  switch (field.kind) {
    case 'text':
      // IDs sent as given (fb_login_id and lead_id are integers for Meta) may be stored as numbers.
      if (field.sentAs.to === 'user_data') return { type: ['string', 'number'] };
      if (field.sentAs.to === 'url' && field.sentAs.part === 'pixel_id')
        return { type: 'string', pattern: PIXEL_ID_PATTERN };
      return field.required ? { type: 'string', minLength: 1 } : { type: 'string' };
    case 'secret':
    case 'suggest':
      return field.required ? { type: 'string', minLength: 1 } : { type: 'string' };
    case 'choice':
      return { type: 'string', pattern: `^(${field.options.join('|')}|.*${TOKEN}.*)$` };
    case 'boolean':
      return { anyOf: [{ type: 'boolean' }, { type: 'string', pattern: `^(true|false|${TOKEN})$` }] };
    case 'integer':
      return { anyOf: [{ type: 'integer' }, { type: 'string', pattern: `^(-?\\d+|${TOKEN})$` }] };
    case 'time':
      return { type: ['string', 'number'] };
    case 'json':
      return { type: ['object', 'string'] };
    case 'list':
      return { type: ['string', 'number', 'array'], items: { type: ['string', 'number'] } };
  }
}

/** The object schema of fields nested by their paths. */
function objectSchema(fields: readonly Field[], depth = 0): Schema {
  const properties: Schema = {};
  const required: string[] = [];
  const groups = new Map<string, Field[]>();
  for (const field of fields) {
    const key = field.path[depth];
    if (field.path.length === depth + 1) {
      properties[key] = fieldSchema(field);
      if (field.required) required.push(key);
    } else groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  for (const [key, group] of groups) {
    // A JSON setting's own keys (customData.value) live inside it: the JSON setting's schema stands.
    if (!(key in properties)) properties[key] = objectSchema(group, depth + 1);
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

export function configurationSchema(): Schema {
  return { $schema: DRAFT_04, ...objectSchema(CONFIGURATION_FIELD_LIST) };
}

export function actionSchema(): Schema {
  const schema = objectSchema(ACTION_FIELD_LIST);
  // A stored Limited Data Use group always says whether it is on.
  const properties = schema.properties as Record<string, Schema>;
  properties.limitedDataUse = { ...properties.limitedDataUse, required: ['enabled'] };
  return { $schema: DRAFT_04, ...schema };
}
