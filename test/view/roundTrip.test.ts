/**
 * init(settings) then getSettings() gives the same settings back, and what getSettings()
 * returns always fits extension.json's schemas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveFields } from '../../src/core/event/resolve';
import { actionPlan } from '../../src/core/event/plan';
import { SERVER_EVENT_FIELDS } from '../../src/core/settings/serverEventFields';
import { mappingOn, MAPPING_ENABLED } from '../../src/view/actions/sections/mappingSection';
import { boxTicked } from '../../src/view/components/tokenOrControl';
import { actionForm, configurationForm } from '../support/viewForm';
import { schemaErrors } from '../support/viewSchemas';
import { actionSettings, configurationSettings } from '../support/viewSettingsArbitraries';

const event = { event_name: 'Purchase', action_source: 'website' };

/** Stored values the form cannot show exactly: they must come back untouched. */
const TRICKY: Record<string, Record<string, unknown>> = {
  'lists and numbers in userData': {
    serverEvent: event,
    userData: { em: ['a@b.com', 'C@D.com'], ph: [16505551212, '+44 20 7946 0958'], zp: 94025, ct: '  New York ' },
  },
  'customData as an object': {
    serverEvent: event,
    customData: { currency: 'USD', value: 10, contents: [{ id: 'sku-1', quantity: 2 }] },
  },
  'customData as JSON text': { serverEvent: event, customData: '{"currency":"USD",\n "value": {{total}}}' },
  'booleans as strings': {
    serverEvent: { ...event, opt_out: 'true' },
    limitedDataUse: { enabled: 'false', country: '1', state: '1000' },
  },
  'limitedDataUse {enabled: false}': { serverEvent: event, limitedDataUse: { enabled: false } },
  'a literal opt_out false': { serverEvent: { ...event, opt_out: false } },
  'numbers for time and LDU': {
    serverEvent: { ...event, event_time: 1764331200 },
    limitedDataUse: { enabled: true, country: 1, state: 1000 },
  },
  'tokens everywhere': {
    pixelId: '{{pixel}}',
    accessToken: '{{token}}',
    serverEvent: {
      event_name: '{{name}}',
      action_source: '{{source}}',
      opt_out: '{{optOut}}',
      messaging_channel: '{{channel}}',
      app_data: '{{app}}',
    },
    limitedDataUse: { enabled: '{{ldu}}', country: '{{country}}', state: '{{state}}' },
    userData: { em: '{{email}}', fbp: '{{fbp}}' },
    customData: '{{customData}}',
    testEventCode: '{{testCode}}',
  },
  'empty groups and blank text': {
    serverEvent: { ...event, event_id: '' },
    userData: {},
    customData: {},
    testEventCode: '',
  },
};

/** Not valid for the schema, but what the user does not touch still comes back as it was. */
const KEPT_AS_THEY_WERE: Record<string, Record<string, unknown>> = {
  'a group missing its required key': { serverEvent: event, limitedDataUse: { country: 1 } },
  'an empty server event': { serverEvent: {} },
  'no server event': {},
};

describe('round trip: action', () => {
  it.each(Object.entries(TRICKY))('%s', (_, settings) => {
    const back = actionForm(settings).settings();
    expect(back).toStrictEqual(settings);
    expect(schemaErrors('action', back)).toEqual([]);
  });

  it.each(Object.entries(KEPT_AS_THEY_WERE))('%s', (_, settings) => {
    expect(actionForm(settings).settings()).toStrictEqual(settings);
  });

  it('any settings that fit the schema come back the same', () => {
    fc.assert(
      fc.property(actionSettings, (generated) => {
        const settings = structuredClone(generated); // plain objects, as the bridge delivers them
        const back = actionForm(settings).settings();
        expect(back).toStrictEqual(settings);
        expect(schemaErrors('action', back)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keys the schema does not allow are dropped, so saving never fails on them', () => {
    const back = actionForm({
      serverEvent: { ...event, extra: 1 },
      userData: { em: 'a@b.com', partner_id: 'x' },
      legacy: true,
    }).settings();
    expect(back).toEqual({ serverEvent: event, userData: { em: 'a@b.com' } });
  });

  it('a new action saves the mapping on, and a field typed then cleared saves nothing', () => {
    const form = actionForm(null);
    expect(form.settings()).toEqual({ xdmMapping: { enabled: true } });
    for (const id of Object.keys(form.store.getState().values)) form.type(id, 'x').type(id, '  ');
    expect(form.settings()).toEqual({});
  });

  it('whatever is typed, what validate() accepts fits the schema (most runs are accepted)', () => {
    const ids = Object.keys(actionForm(null).store.getState().values).filter((id) => id !== 'sendAsTestEvent');
    // Mostly what users type (a data element, a blank, a valid literal), sometimes anything.
    const text = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('{{x}}', '{{a b}}', '  ') },
      { weight: 3, arbitrary: fc.constantFrom('true', 'false', '12', '{"a":1}', 'https://x.y/', 'Lead') },
      { weight: 1, arbitrary: fc.string() },
    );
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), text, { maxKeys: 4 }), (edits) => {
        runs++;
        const form = actionForm({ serverEvent: event });
        for (const [id, typed] of Object.entries(edits)) form.type(id, typed);
        if (Object.keys(form.problems()).length) return;
        accepted++;
        expect(schemaErrors('action', form.settings())).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(accepted / runs).toBeGreaterThan(0.5);
  });
});

/**
 * Settings as earlier forms saved them. The first form (before the XDM mapping) saved a new
 * action as `{serverEvent: {action_source: 'website'}}` and Custom data whole, as an object or
 * JSON text; later forms save `xdmMapping` (`enabled` true, false or text, `exclude` as text
 * or a list) and the consent group. A data element may stand for `enabled`.
 */
const EARLIER_SHAPES: Record<string, Record<string, unknown>> = {
  'first form, new action': { serverEvent: { action_source: 'website' } },
  'first form, a Purchase rule': {
    serverEvent: { event_name: 'Purchase', action_source: 'website', event_source_url: '{{Page URL}}' },
    userData: { em: '{{Email}}', ph: ['{{Phone}}'] },
    customData: '{"currency": "USD", "value": {{Order total}}}',
    limitedDataUse: { enabled: false },
    testEventCode: 'TEST123',
  },
  'first form, custom data as an object': {
    serverEvent: event,
    customData: { currency: 'EUR', value: 5, contents: [{ id: 'SKU-1', quantity: 1 }] },
  },
  'mapping era, new action': { xdmMapping: { enabled: true } },
  'mapping off': { serverEvent: event, xdmMapping: { enabled: false } },
  'mapping off as text': { serverEvent: event, xdmMapping: { enabled: 'false' } },
  'mapping on as text': { serverEvent: event, xdmMapping: { enabled: 'true' } },
  'excluded names as text, no enabled': { serverEvent: event, xdmMapping: { exclude: 'em, ph' } },
  'excluded names as a list': { xdmMapping: { enabled: true, exclude: ['em'], externalIdNamespace: 'CRMID' } },
  'an empty mapping group': { serverEvent: event, xdmMapping: {} },
  'consent era': {
    xdmMapping: { enabled: true },
    consent: { value: '{{adConsent}}', whenDenied: 'limitedDataUse', whenUnknown: 'skip' },
  },
};

/** Whether the action maps the event with these mapping settings, by the action's own resolver. */
function actionMaps({ xdmMapping }: Record<string, unknown>): boolean {
  const settings = xdmMapping === undefined ? {} : { xdmMapping };
  const resolved = resolveFields({ plan: actionPlan(), settings, xdm: {}, nowMs: Date.now(), warnings: [] });
  return resolved.mapped(SERVER_EVENT_FIELDS.event_name);
}

const boxText = (form: ReturnType<typeof actionForm>) => form.store.getState().values[MAPPING_ENABLED.id].text;

describe('round trip: settings saved by earlier forms', () => {
  it.each(Object.entries(EARLIER_SHAPES))('%s: back unchanged; the box shows what runs', (_, settings) => {
    const form = actionForm(structuredClone(settings));
    expect(form.settings()).toStrictEqual(settings);
    expect(boxTicked(MAPPING_ENABLED, boxText(form))).toBe(actionMaps(settings));
    expect(mappingOn(form.store.getState().values)).toBe(actionMaps(settings));
  });

  it.each(Object.entries(EARLIER_SHAPES))('%s: unticking saves the mapping off, ticking it on again', (_, settings) => {
    const form = actionForm(structuredClone(settings));
    if (!boxTicked(MAPPING_ENABLED, boxText(form))) form.type(MAPPING_ENABLED.id, 'true');
    expect(actionMaps(form.settings())).toBe(true);
    form.type(MAPPING_ENABLED.id, 'false');
    const off = form.settings();
    expect(actionMaps(off)).toBe(false);
    // false, or "false" where the setting was stored as text.
    expect([false, 'false']).toContain((off.xdmMapping as Record<string, unknown>).enabled);
    // Everything else comes back as it was.
    const { xdmMapping: _offMapping, ...rest } = off;
    const { xdmMapping: _storedMapping, ...storedRest } = settings;
    expect(rest).toStrictEqual(storedRest);
    form.type(MAPPING_ENABLED.id, 'true');
    expect(actionMaps(form.settings())).toBe(true);
    expect(schemaErrors('action', form.settings())).toEqual([]);
  });

  it('a data element deciding the mapping is shown as text, and counts as on in the form', () => {
    const form = actionForm({ serverEvent: event, xdmMapping: { enabled: '{{useMapping}}' } });
    expect(form.settings()).toStrictEqual({ serverEvent: event, xdmMapping: { enabled: '{{useMapping}}' } });
    expect(mappingOn(form.store.getState().values)).toBe(true);
  });
});

describe('round trip: configuration', () => {
  it('any settings that fit the schema come back the same', () => {
    fc.assert(
      fc.property(configurationSettings, (generated) => {
        const settings = structuredClone(generated);
        const back = configurationForm(settings).settings();
        expect(back).toStrictEqual(settings);
        expect(schemaErrors('configuration', back)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('whatever is typed, what validate() accepts fits the schema (most runs are accepted)', () => {
    const sometimesAnything = (usual: fc.Arbitrary<string>) =>
      fc.oneof({ weight: 9, arbitrary: usual }, { weight: 1, arbitrary: fc.string() });
    const typed = fc.record(
      {
        pixelId: sometimesAnything(fc.oneof(fc.stringMatching(/^\d{1,15}$/), fc.constant('{{pixel}}'))),
        accessToken: sometimesAnything(fc.constantFrom('{{Meta token}}', 'EAAB-literal')),
        graphApiVersion: sometimesAnything(fc.constantFrom('', 'v27.0', '{{v}}')),
        appSecret: fc.string(),
        graphApiBaseUrl: sometimesAnything(fc.constantFrom('', 'https://graph.facebook.com', 'http://127.0.0.1:8080')),
      },
      { requiredKeys: ['pixelId', 'accessToken'] },
    );
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(typed, (edits) => {
        runs++;
        const form = configurationForm(null);
        for (const [id, text] of Object.entries(edits)) form.type(id, text);
        if (Object.keys(form.problems()).length) return;
        accepted++;
        expect(schemaErrors('configuration', form.settings())).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(accepted / runs).toBeGreaterThan(0.5);
  });
});
