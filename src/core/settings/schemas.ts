/**
 * The JSON schemas (draft-04) that the Data Collection UI checks settings against when a user
 * saves. Generated from the field declarations, so the form, the library and extension.json
 * cannot drift apart. Stored values may hold data-element tokens (`{{name}}`).
 */
import { ACTION_FIELDS, LIMITED_DATA_USE_FIELDS, SERVER_EVENT_FIELDS } from './actionFields';
import { CONFIGURATION_FIELDS } from './configurationFields';
import type { FieldSpec } from './fieldSpec';
import { USER_DATA_FIELDS } from './userDataFields';

type Schema = Record<string, unknown>;

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const TOKEN = '\\{\\{[^{}]+\\}\\}';
/** Digits, or text holding a data-element token. */
const PIXEL_ID_PATTERN = `^(\\d+|.*${TOKEN}.*)$`;

export function fieldSchema(field: FieldSpec): Schema {
  switch (field.kind) {
    case 'text':
    case 'secret':
    case 'suggest':
      return field.required ? { type: 'string', minLength: 1 } : { type: 'string' };
    case 'choice':
      return { type: 'string', pattern: `^(${field.options!.join('|')}|.*${TOKEN}.*)$` };
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

function objectSchema(fields: readonly FieldSpec[], extra: Schema = {}): Schema {
  const required = fields.filter((f) => f.required).map((f) => f.key);
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.key, { ...fieldSchema(f), ...extra[f.key] as Schema }])),
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

export function configurationSchema(): Schema {
  return {
    $schema: DRAFT_04,
    ...objectSchema(Object.values(CONFIGURATION_FIELDS), { pixelId: { pattern: PIXEL_ID_PATTERN } }),
  };
}

export function actionSchema(): Schema {
  const { customData, testEventCode, pixelId, accessToken } = ACTION_FIELDS;
  const limitedDataUse = objectSchema(Object.values(LIMITED_DATA_USE_FIELDS));
  const root = objectSchema([pixelId, accessToken, customData, testEventCode], { pixelId: { pattern: PIXEL_ID_PATTERN } });
  return {
    $schema: DRAFT_04,
    type: 'object',
    properties: {
      pixelId: (root.properties as Schema).pixelId,
      accessToken: (root.properties as Schema).accessToken,
      serverEvent: objectSchema(Object.values(SERVER_EVENT_FIELDS)),
      limitedDataUse: { ...limitedDataUse, required: ['enabled'] },
      // IDs sent as given (fb_login_id and lead_id are integers for Meta) may be stored as numbers.
      userData: objectSchema(
        USER_DATA_FIELDS,
        Object.fromEntries(USER_DATA_FIELDS.filter((f) => !f.hashed).map((f) => [f.key, { type: ['string', 'number'] }])),
      ),
      customData: (root.properties as Schema).customData,
      testEventCode: (root.properties as Schema).testEventCode,
    },
    required: ['serverEvent'],
    additionalProperties: false,
  };
}
