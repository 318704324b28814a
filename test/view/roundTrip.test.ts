/**
 * init(settings) then getSettings() gives the same settings back, and what getSettings()
 * returns always fits extension.json's schemas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
