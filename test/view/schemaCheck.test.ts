import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { fitsSchema, schemaAt, UNDERSTOOD_KEYWORDS, type Schema } from '../../src/view/form/schemaCheck';
import { actionSchema, configurationSchema } from '../support/viewSchemas';

/** Every single-setting schema in extension.json, by path. */
function leaves(schema: Schema, path: string[] = []): [string[], Schema][] {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (!properties) return [[path, schema]];
  return Object.entries(properties).flatMap(([key, child]) => leaves(child, [...path, key]));
}

const ALL = [
  ...leaves(configurationSchema).map(([p, s]) => [['configuration', ...p], s] as const),
  ...leaves(actionSchema).map(([p, s]) => [['action', ...p], s] as const),
];

const SAMPLES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'text',
  '123',
  ' 123',
  '-5',
  '1.5',
  'true',
  'TRUE',
  'false',
  'website',
  'Website',
  'whatsapp',
  '{{de}}',
  'x{{de}}',
  '{{a}}{{b}}',
  '{{}}',
  'v27.0',
  0,
  1,
  -1,
  1.5,
  1e21,
  true,
  false,
  [],
  ['a', 1],
  ['a', true],
  [['a']],
  {},
  { a: 1 },
  NaN,
];

describe("the view's schema check", () => {
  it('uses only keywords it understands on single settings', () => {
    for (const [path, schema] of ALL) {
      const used = new Set<string>();
      const walk = (s: Schema) => {
        for (const [k, v] of Object.entries(s)) {
          used.add(k);
          if (k === 'anyOf') (v as Schema[]).forEach(walk);
          if (k === 'items') walk(v as Schema);
        }
      };
      walk(schema);
      const unknown = [...used].filter((k) => !(UNDERSTOOD_KEYWORDS as readonly string[]).includes(k));
      expect(unknown, path.join('.')).toEqual([]);
    }
  });

  it('agrees with ajv on every setting for values of every shape', () => {
    const ajv = new Ajv({ strict: false });
    for (const [path, schema] of ALL) {
      const validate = ajv.compile(schema);
      for (const value of SAMPLES) {
        if (value === undefined || Number.isNaN(value)) continue; // not JSON: never stored
        expect(fitsSchema(schema, value), `${path.join('.')} ${JSON.stringify(value)}`).toBe(validate(value));
      }
    }
  });

  it('finds the schema of a nested setting and fails loudly for an unknown one', () => {
    expect(schemaAt(actionSchema, ['serverEvent', 'action_source']).pattern).toContain('website');
    expect(() => schemaAt(actionSchema, ['serverEvent', 'nope'])).toThrow(/serverEvent\.nope/);
  });
});
