/**
 * The settings contract: every declared field reaches the request where Meta wants it and in the
 * form Meta wants, comes back from the form, shows in the preview (also as a data element), fits
 * the schema and is documented in the README.
 *
 * What the request must carry is written by hand from Meta's documentation (./meta.ts) and the
 * Graph stand-in's own lists of Meta's keys, never taken from the declarations: a declaration
 * whose normalizer, parser or place is wrong fails here. A new declaration fails until its
 * expectation is written there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  META_ACTION_SOURCES,
  META_HASHED_USER_DATA,
  META_PLAIN_USER_DATA,
} from '../../scripts/graph-stand-in/metaLists';
import { README } from '../../scripts/readme';
import { prepareEvent, type PreparedEvent } from '../../src/core/conversionsApi';
import {
  ACTION_FORM_FIELD_LIST as ACTION_FIELD_LIST,
  CONFIGURATION_FORM_FIELD_LIST as CONFIGURATION_FIELD_LIST,
} from '../../src/core/settings/form/allForms';
import type { FormField as Field } from '../../src/core/settings/form/part';
import { buildPreview } from '../../src/view/preview/buildPreview';
import { actionForm, configurationForm } from '../support/viewForm';
import { actionSchema, configurationSchema, schemaErrors } from '../support/viewSchemas';
import { ACTION, ACTION_OVERRIDES, NOW_S, configuration, type Expected, type Place } from './meta';

const NOW = NOW_S * 1000;
const EXT = { pixelId: '1234567890', accessToken: 'contract-token' };
const CONFIGURATION = configuration(EXT.accessToken);
/** An event every field can be added to: mapping off, so only what is set is sent. */
const BASE = {
  xdmMapping: { enabled: false },
  serverEvent: { event_name: 'Lead', action_source: 'email' },
  limitedDataUse: { enabled: true },
  userData: { external_id: 'base-id' },
  // A currency, so that a value set alone is sent (a value without its currency is not).
  customData: { order_id: 'base-order', currency: 'EUR' },
};

const expectationOf = (field: Field) =>
  field.place === 'configuration'
    ? CONFIGURATION[field.id]
    : field.place === 'override'
      ? ACTION_OVERRIDES[field.id]
      : ACTION[field.id];

/** A literal the form saves for the field: its example, or what its preview stand-in says it accepts. */
function formLiteral(field: Field): unknown {
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
      return NOW_S - 60;
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
  if ('skipped' in result) throw new Error(`skipped: ${result.skipped}`);
  return result;
}

/** Where the declaration says the field goes, in the expectations' terms. */
function declaredPlace(field: Field): string {
  const to = field.sentAs;
  switch (to.to) {
    case 'none':
      return 'nothing';
    case 'url':
      return `url ${to.part}`;
    case 'custom_data':
      return to.key ? `custom_data ${to.key}` : 'custom_data';
    default:
      return `${to.to} ${to.key}`;
  }
}

const placeName = (place: Place): string =>
  place.in === 'nothing'
    ? 'nothing'
    : place.in === 'url'
      ? `url ${place.part}`
      : 'key' in place
        ? `${place.in} ${place.key}`
        : place.in;

/** What the request carries at a place. */
function sentAt({ request }: PreparedEvent, place: Place): unknown {
  const body = JSON.parse(request.body);
  const event = body.data[0];
  switch (place.in) {
    case 'event':
      return event[place.key];
    case 'user_data':
      return event.user_data[place.key];
    case 'custom_data':
      return 'key' in place ? event.custom_data?.[place.key] : event.custom_data;
    case 'body':
      return body[place.key];
    case 'url': {
      const url = new URL(request.url);
      const [, version, pixelId] = url.pathname.split('/');
      return { origin: url.origin, version, pixel_id: pixelId }[place.part];
    }
    case 'nothing':
      return undefined;
  }
}

function expectSent(result: PreparedEvent, field: Field, expected: Expected): void {
  const sent = sentAt(result, expected.place);
  // Meta takes a hashed key's values as a list or, for one value, as a string.
  if (expected.place.in === 'user_data' && META_HASHED_USER_DATA.includes(expected.place.key))
    expect([sent].flat(), field.id).toEqual([expected.sent]);
  else expect(sent, field.id).toEqual(expected.sent);
}

function hasSchemaAt(schema: Record<string, unknown>, path: readonly string[]): boolean {
  let node: Record<string, unknown> | undefined = schema;
  for (const key of path) node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  return node !== undefined;
}

const readme = readFileSync(README, 'utf8');
/** Keys of the Custom data JSON live inside that one setting (its field, its schema). */
const ownSetting = (field: Field) => (field.place.startsWith('customData.') ? field.path.slice(0, -1) : field.path);

describe("Meta's keys", () => {
  it('every customer information key Meta documents is declared once, and nothing else goes to user_data', () => {
    const declared = ACTION_FIELD_LIST.flatMap((f) => (f.sentAs.to === 'user_data' ? [f.sentAs.key] : []));
    expect([...declared].sort()).toEqual([...META_HASHED_USER_DATA, ...META_PLAIN_USER_DATA].sort());
  });

  it('every expectation written here is for a declared setting', () => {
    const ids = (list: readonly Field[], place?: string) =>
      list.filter((f) => (place ? f.place === place : f.place !== 'override')).map((f) => f.id);
    expect(Object.keys(ACTION).sort()).toEqual(ids(ACTION_FIELD_LIST).sort());
    expect(Object.keys(ACTION_OVERRIDES).sort()).toEqual(ids(ACTION_FIELD_LIST, 'override').sort());
    expect(Object.keys(CONFIGURATION).sort()).toEqual(ids(CONFIGURATION_FIELD_LIST).sort());
  });

  it("the values written here hash exactly the keys Meta wants hashed, and an action source is one of Meta's", () => {
    for (const { place, sent } of Object.values(ACTION))
      if (place.in === 'user_data')
        expect(/^[0-9a-f]{64}$/.test(String(sent)), place.key).toBe(META_HASHED_USER_DATA.includes(place.key));
    expect(META_ACTION_SOURCES).toContain(ACTION['serverEvent.action_source'].sent);
  });
});

describe.each(ACTION_FIELD_LIST.map((f) => [`${f.place === 'override' ? 'override ' : ''}${f.id}`, f] as const))(
  'action setting %s',
  (id, field) => {
    const value = formLiteral(field);
    const settings = withValue(BASE, field.path, value);

    it('reaches the request where Meta wants it, in the form Meta wants', () => {
      const expected = expectationOf(field);
      expect(expected, `no expectation written for ${id} in test/contract/meta.ts`).toBeDefined();
      expect(declaredPlace(field)).toBe(placeName(expected.place));
      expectSent(prepared(EXT, withValue(BASE, field.path, expected.raw)), field, expected);
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
      expect(readme).toContain(`\`${field.id}\``);
    });
  },
);

describe.each(CONFIGURATION_FIELD_LIST.map((f) => [f.id, f] as const))('configuration setting %s', (id, field) => {
  const ext = withValue(EXT, field.path, formLiteral(field));
  const action = { ...BASE, xdmMapping: { enabled: false } };

  it('reaches the request where Meta wants it, in the form Meta wants', () => {
    const expected = expectationOf(field);
    expect(expected, `no expectation written for ${id} in test/contract/meta.ts`).toBeDefined();
    expect(declaredPlace(field)).toBe(placeName(expected.place));
    expectSent(prepared(withValue(EXT, field.path, expected.raw), action), field, expected);
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
