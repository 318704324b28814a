/**
 * The settings contract: every declared field, set to a valid value, reaches the request where
 * its declaration says, comes back from the form, shows in the preview (also as a data
 * element), fits the schema and is documented in the README. A new declaration is covered
 * here without touching this file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README } from '../../scripts/readme';
import { prepareEvent, type PreparedEvent } from '../../src/core/conversionsApi';
import { ACTION_FIELD_LIST, CONFIGURATION_FIELD_LIST } from '../../src/core/settings/allFields';
import type { Field } from '../../src/core/settings/field';
import { buildPreview } from '../../src/view/preview/buildPreview';
import { actionForm, configurationForm } from '../support/viewForm';
import { actionSchema, configurationSchema, schemaErrors } from '../support/viewSchemas';

const NOW = Date.now();
const EXT = { pixelId: '1234567890', accessToken: 'contract-token' };
/** An event every field can be added to: mapping off, so only what is set is sent. */
const BASE = {
  xdmMapping: { enabled: false },
  serverEvent: { event_name: 'Lead', action_source: 'email' },
  limitedDataUse: { enabled: true },
  userData: { external_id: 'base-id' },
  // A currency, so that a value set alone is sent (a value without its currency is not).
  customData: { order_id: 'base-order', currency: 'EUR' },
};

/** A valid literal for the field: its example, or what its preview stand-in says it accepts. */
function sample(field: Field): unknown {
  if (field.example !== undefined) return field.example;
  const standIn = field.standIn;
  if (typeof standIn === 'object') return standIn.value;
  switch (standIn) {
    case 'word':
      return 'contract-value';
    case 'url':
      return 'https://contract.example/page';
    case 'origin':
      return 'https://graph.facebook.com';
    case 'hash':
      return 'b'.repeat(64);
    case 'digits':
      return '4242';
    case 'version':
      return 'v26.0';
    case 'clickId':
      return 'fb.1.1700000000000.contract';
  }
  switch (field.kind) {
    case 'time':
      return Math.floor(NOW / 1000) - 60;
    case 'boolean':
      return true;
    case 'integer':
      return 3;
    case 'json':
      return { contract: 1 };
    case 'list':
      return ['contract-value'];
    default:
      return 'contract-value';
  }
}

function withValue(
  settings: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const out = structuredClone(settings);
  let node = out;
  for (const key of path.slice(0, -1)) node = (node[key] = { ...(node[key] as object) }) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return out;
}

function prepared(ext: unknown, settings: unknown): PreparedEvent {
  const result = prepareEvent(ext, settings, {}, { nowMs: NOW });
  if ('skipped' in result) throw new Error('skipped');
  return result;
}

/** What the request carries where the declaration says the field goes. */
function sent({ request }: PreparedEvent, field: Field): unknown {
  const body = JSON.parse(request.body);
  const event = body.data[0];
  const to = field.sentAs;
  switch (to.to) {
    case 'event':
      return event[to.key];
    case 'user_data':
      return event.user_data[to.key];
    case 'custom_data':
      return to.key ? event.custom_data?.[to.key] : event.custom_data;
    case 'body':
      return body[to.key];
    case 'url':
      return request.url;
    case 'none':
      return undefined;
  }
}

function expectSent(result: PreparedEvent, field: Field, value: unknown): void {
  const out = sent(result, field);
  if (field.sentAs.to === 'none') return;
  if (field.sentAs.to === 'url') expect(out).toContain(String(field.parse(value, field.id)));
  else if (field.sentAsNote) expect(out, field.id).toBeDefined();
  else if (field.sentAs.to === 'custom_data' && !field.sentAs.key)
    expect(out).toMatchObject(field.parse(value, field.id) as object);
  else expect(out, field.id).toEqual(field.parse(value, field.id));
}

function hasSchemaAt(schema: Record<string, unknown>, path: readonly string[]): boolean {
  let node: Record<string, unknown> | undefined = schema;
  for (const key of path) node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  return node !== undefined;
}

const readme = readFileSync(README, 'utf8');
/** Keys of the Custom data JSON live inside that one setting (its field, its schema). */
const ownSetting = (field: Field) => (field.place === 'customData.key' ? field.path.slice(0, -1) : field.path);

describe.each(ACTION_FIELD_LIST.map((f) => [f.id, f] as const))('action setting %s', (id, field) => {
  const value = sample(field);
  const settings = withValue(BASE, field.path, value);

  it('reaches the request where its declaration says', () => {
    expectSent(prepared(EXT, settings), field, value);
  });

  it('is a form field, and comes back from the form unchanged', () => {
    const form = actionForm(settings, { extensionSettings: EXT });
    expect(Object.keys(form.store.getState().values)).toContain(ownSetting(field).join('.'));
    expect(form.settings()).toStrictEqual(settings);
    expect(form.problems()).toEqual({});
  });

  it('shows in the preview, also when a data element gives it', () => {
    expect(buildPreview(EXT, settings, NOW).problem).toBeUndefined();
    const preview = buildPreview(EXT, withValue(BASE, field.path, '{{contract data element}}'), NOW);
    expect(preview.problem).toBeUndefined();
    if (field.sentAs.to !== 'none' && field.kind !== 'secret') {
      expect(`${preview.url} ${JSON.stringify(preview.body)}`).toContain('{{contract data element}}');
    }
  });

  it('is in the schema, and its value fits it', () => {
    expect(hasSchemaAt(actionSchema, ownSetting(field))).toBe(true);
    expect(schemaErrors('action', settings)).toEqual([]);
  });

  it('is in the README', () => {
    expect(readme).toContain(`\`${id}\``);
  });
});

describe.each(CONFIGURATION_FIELD_LIST.map((f) => [f.id, f] as const))('configuration setting %s', (id, field) => {
  const value = sample(field);
  const ext = withValue(EXT, field.path, value);
  const action = { ...BASE, xdmMapping: { enabled: false } };

  it('reaches the request where its declaration says', () => {
    expectSent(prepared(ext, action), field, value);
  });

  it('is a form field, and comes back from the form unchanged', () => {
    const form = configurationForm(ext);
    expect(Object.keys(form.store.getState().values)).toContain(id);
    expect(form.settings()).toStrictEqual(ext);
    expect(form.problems()).toEqual({});
  });

  it('shows in the action preview when a data element gives it (secrets stay hidden)', () => {
    const preview = buildPreview(withValue(EXT, field.path, '{{contract data element}}'), action, NOW);
    expect(preview.problem).toBeUndefined();
    const shown = `${preview.url} ${JSON.stringify(preview.body)}`;
    if (field.kind === 'secret') expect(shown).not.toContain('{{contract data element}}');
    else expect(shown).toContain('{{contract data element}}');
  });

  it('is in the schema and the README', () => {
    expect(hasSchemaAt(configurationSchema, field.path)).toBe(true);
    expect(schemaErrors('configuration', ext)).toEqual([]);
    expect(readme).toContain(`\`${id}\``);
  });
});
