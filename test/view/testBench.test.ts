/**
 * The test bench without a browser: pasted events read as Adobe's tools show them, the preview
 * run by the action's core on the real event (values, sources, test values), the test request
 * it would post, and Meta's answers in words.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../src/view/preview/buildPreview';
import { testValueOf, withTestValues } from '../../src/view/preview/previewInputs';
import { dataElementsUsed } from '../../src/view/testbench/dataElements';
import { parsePastedEvent } from '../../src/view/testbench/edgeEvent';
import { describeFailure } from '../../src/view/testbench/metaAnswer';
import { SAMPLES } from '../../src/view/testbench/samples';
import { sentRows } from '../../src/view/testbench/sentRows';
import { testFields } from '../../src/view/testbench/testSend';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/manifest';

/** Free-form XDM, read field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON
type Json = any;

const NOW = Date.UTC(2026, 10, 28, 12);
const EXT = { pixelId: '1234567890', accessToken: '{{Meta token}}' };
const MAPPED = { xdmMapping: { enabled: true } };
/** Meta's rule for em, written here from Meta's docs: trimmed, lowercased, SHA-256 hex. */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const sample = (id: string) => SAMPLES.find((s) => s.id === id)!.text(NOW);
const eventOf = (text: string, index?: number) => {
  const result = parsePastedEvent(text, index);
  if ('problem' in result) throw new Error(result.problem);
  return result.event;
};
const previewOf = (settings: Record<string, unknown>, text: string, testValues = new Map<string, unknown>()) =>
  buildPreview(EXT, settings, NOW, { arc: eventOf(text).arc, testValues });

describe('a pasted Edge event', () => {
  const xdm = { eventType: 'commerce.purchases', _id: 'e1' };

  it('is read from the shapes Adobe tools show: a request body, one event, a request with header, an arc', () => {
    const data = { a: 1 };
    expect(eventOf(JSON.stringify({ events: [{ xdm, data }] })).arc.event).toEqual({ xdm, data });
    expect(eventOf(JSON.stringify({ xdm, data })).arc.event).toEqual({ xdm, data });
    const example = readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8');
    const fromFile = eventOf(example);
    expect(fromFile.arc.event.xdm).toMatchObject({ eventType: 'commerce.purchases' });
    expect(fromFile.arc.request).toMatchObject({ header: { requestId: expect.any(String) } });
    expect(eventOf(JSON.stringify({ event: { xdm }, request: { header: {} } })).arc).toEqual({
      event: { xdm, data: undefined },
      request: { header: {} },
    });
    // npm start's example requests, each the event as the Edge hands it to a rule.
    for (const file of readdirSync(join(ROOT, 'scripts/examples'))) {
      const example = eventOf(readFileSync(join(ROOT, 'scripts/examples', file), 'utf8'));
      expect(example.arc.event.xdm, file).toMatchObject({ eventType: expect.any(String) });
    }
    const bare = eventOf(JSON.stringify(xdm));
    expect(bare.arc.event.xdm).toEqual(xdm);
    expect(bare.notes).toEqual([expect.stringContaining('XDM')]);
  });

  it('of several in a request, is the one chosen; the request’s own xdm is added where the event lacks it', () => {
    const body = {
      xdm: { identityMap: { ECID: [{ id: '1' }] }, implementationDetails: { environment: 'app' } },
      events: [{ xdm: { eventType: 'a', identityMap: { Email: [{ id: 'x@y.z' }] } } }, { xdm: { eventType: 'b' } }],
    };
    const first = eventOf(JSON.stringify(body));
    expect(first.count).toBe(2);
    expect(first.eventTypes).toEqual(['a', 'b']);
    expect(first.arc.event.xdm).toEqual({
      eventType: 'a',
      implementationDetails: { environment: 'app' },
      identityMap: { ECID: [{ id: '1' }], Email: [{ id: 'x@y.z' }] },
    });
    expect(first.notes[0]).toMatch(/identityMap, implementationDetails/);
    expect(eventOf(JSON.stringify(body), 1).arc.event.xdm).toMatchObject({ eventType: 'b' });
    expect(eventOf(JSON.stringify(body), 7).index).toBe(1);
  });

  it('that is not one says why, with where JSON goes wrong', () => {
    const problem = (text: string) => (parsePastedEvent(text) as { problem: string }).problem;
    expect(problem('{"events": [\n  {"xdm": }\n]}')).toMatch(/^It is not valid JSON at line 2, column 11\./);
    expect(problem('{"xdm": {')).toMatch(/ends too soon/);
    expect(problem('[1]')).toMatch(/not an object/);
    expect(problem('{"events": []}')).toMatch(/holds no event/);
    expect(problem('{"xdm": "x"}')).toMatch(/"xdm" of the event is not an object/);
    expect(problem('{"hello": 1}')).toMatch(/No Edge event found/);
  });

  it('samples are Edge events of the shapes named, timed just before now', () => {
    for (const s of SAMPLES) {
      const event = eventOf(s.text(NOW));
      const time = Date.parse((event.arc.event.xdm as { timestamp: string }).timestamp);
      expect(NOW - time, s.id).toBeGreaterThan(0);
      expect(NOW - time, s.id).toBeLessThan(10 * 60_000);
    }
    const mobile = eventOf(sample('mobilePurchase')).arc.event.xdm as Json;
    expect(mobile.implementationDetails).toEqual(expect.objectContaining({ environment: 'app' }));
    expect(Object.keys(mobile.identityMap)).toEqual(['ECID', 'Email', 'IDFA']);
    const lead = eventOf(sample('leadForm')).arc.event.xdm as Json;
    expect(lead).toMatchObject({ eventType: 'web.formFilledOut', personalEmail: {}, mobilePhone: {} });
    const denied = eventOf(sample('consentDenied')).arc.event.xdm as Json;
    expect(denied.consents).toMatchObject({ share: { val: 'n' }, marketing: { any: { val: 'n' } } });
  });
});

describe('the preview on a pasted event', () => {
  it('is the request the core builds from the event: real values, hashed as sent, each with its source', () => {
    const preview = previewOf(MAPPED, sample('webPurchase'));
    expect(preview.realEvent).toBe(true);
    expect(preview.problem).toBeUndefined();
    const event = preview.built!.event;
    expect(event.event_name).toBe('Purchase');
    expect(event.user_data.em).toBe(sha256('jane.doe@example.com'));
    expect(event.user_data.client_ip_address).toBe('2001:db8:85a3::8a2e:370:7334');
    expect(event.custom_data).toMatchObject({ value: 184.5, currency: 'USD', order_id: 'ORD-2048' });
    expect(preview.unresolved).toEqual([]);
    const rows = sentRows(preview.body!, preview.built!, MAPPED, new Map());
    const row = (p: string) => rows.find((r) => r.parameter === p);
    expect(row('user_data.em')).toEqual({
      parameter: 'user_data.em',
      value: sha256('jane.doe@example.com'),
      from: expect.stringMatching(/^Edge event: xdm\.identityMap\.Email\[\]\.id/),
    });
    expect(row('event_name')!.from).toMatch(/^Edge event: xdm\.eventType/);
    // The match keys are estimated from the real values, with their XDM sources.
    expect(preview.matchQuality!.rating).toBe('good');
  });

  it('names typed values and data elements, with or without a test value; those without stay unresolved', () => {
    const settings = {
      ...MAPPED,
      serverEvent: { event_id: '{{Order ID}}' },
      userData: { em: '{{Customer email}}', country: 'us' },
      customData: '{"value": {{Order total}}, "currency": "EUR"}',
    };
    const text = sample('webPurchase');
    const none = previewOf(settings, text);
    expect(none.unresolved.sort()).toEqual(['{{Customer email}}', '{{Order ID}}', '{{Order total}}']);
    expect(JSON.stringify(none.body)).toContain('<SHA-256 of {{Customer email}}, normalized>');

    const values = new Map<string, unknown>([
      ['{{Customer email}}', testValueOf(' Sam@Example.org')],
      ['{{Order total}}', testValueOf('99.5')],
    ]);
    const some = previewOf(settings, text, values);
    expect(some.unresolved).toEqual(['{{Order ID}}']);
    expect(some.built!.event.user_data.em).toBe(sha256('sam@example.org'));
    expect(some.built!.event.custom_data).toMatchObject({ value: 99.5, currency: 'EUR' });
    const rows = sentRows(some.body!, some.built!, settings, values);
    const from = (p: string) => rows.find((r) => r.parameter === p)?.from;
    expect(from('user_data.em')).toBe('data element {{Customer email}} (test value)');
    expect(from('event_id')).toBe('data element {{Order ID}} (no test value)');
    expect(from('user_data.country')).toBe('typed in Country');
    expect(from('custom_data.currency')).toBe('typed in Currency');
    expect(from('custom_data.value')).toBe('data element {{Order total}} (test value)');
  });

  it('names required configuration left blank apart from the data elements without a test value', () => {
    const preview = buildPreview({ accessToken: '{{Meta token}}' }, MAPPED, NOW, {
      arc: eventOf(sample('webPurchase')).arc,
      testValues: new Map(),
    });
    expect(preview.missingConfiguration).toEqual(['Pixel ID']);
    expect(preview.unresolved).toEqual([]);
    expect(previewOf(MAPPED, sample('webPurchase')).missingConfiguration).toEqual([]);
  });

  it("names Limited Data Use's source: its settings when the box is on, else the consent gate", () => {
    const byGate = { ...MAPPED, consent: { value: 'no', whenDenied: 'limitedDataUse' } };
    const gated = previewOf(byGate, sample('webPurchase'));
    const gateRows = sentRows(gated.body!, gated.built!, byGate, new Map());
    for (const key of ['data_processing_options', 'data_processing_options_country', 'data_processing_options_state'])
      expect(gateRows.find((r) => r.parameter === key)?.from).toBe('the consent gate (sent with Limited Data Use)');

    const byBox = { ...MAPPED, limitedDataUse: { enabled: true, country: 1 } };
    const boxed = previewOf(byBox, sample('webPurchase'));
    const boxRows = sentRows(boxed.body!, boxed.built!, byBox, new Map());
    const from = (p: string) => boxRows.find((r) => r.parameter === p)?.from;
    expect(from('data_processing_options')).toBe('typed in Enable Limited Data Use');
    expect(from('data_processing_options_country')).toBe('typed in LDU country');
    expect(from('data_processing_options_state')).toBe('the default of LDU state');
  });

  it('says why the action would refuse or skip the event', () => {
    const noCurrency = JSON.parse(sample('webPurchase'));
    const { order } = noCurrency.events[0].xdm.commerce;
    delete order.currencyCode;
    for (const item of [...noCurrency.events[0].xdm.productListItems, ...order.payments]) delete item.currencyCode;
    const refused = previewOf(MAPPED, JSON.stringify(noCurrency));
    expect(refused.problem?.setting).toBe('customData.currency');
    expect(refused.problem?.problem).toMatch(/^a Purchase needs the currency of its value/);
    const skipped = previewOf({ ...MAPPED, consent: { value: 'no' } }, sample('webPurchase'));
    expect(skipped.skipped).toMatch(/^consent denied: Advertising consent \(consent\.value\)/);
  });

  it('without an event, keeps the event’s values as stand-ins', () => {
    const preview = buildPreview(EXT, MAPPED, NOW);
    expect(preview.realEvent).toBe(false);
    expect(preview.built).toBeUndefined();
    expect(JSON.stringify(preview.body)).toContain("<SHA-256 of the Edge event's xdm.identityMap.Email[].id");
    // A blank form's keys all come from the event: alone, the settings give none (the view says it depends).
    expect(preview.matchQuality!.rating).toBe('good');
    expect(preview.ratingWithoutEvent).toBe('invalid');
    const typed = buildPreview(EXT, { ...MAPPED, userData: { em: 'a@b.co', ph: '{{Phone}}' } }, NOW);
    expect([typed.matchQuality!.rating, typed.ratingWithoutEvent]).toEqual(['good', 'good']);
    expect(previewOf(MAPPED, sample('webPurchase')).ratingWithoutEvent).toBeUndefined();
  });
});

describe('test values and data elements', () => {
  it('resolve as the engine would: a whole token takes the typed value, a token in text its text', () => {
    const values = new Map<string, unknown>([
      ['{{a}}', ['x', 'y']],
      ['{{n}}', 42],
    ]);
    expect(withTestValues('{{a}}', values)).toEqual(['x', 'y']);
    expect(withTestValues('id-{{n}}-{{b}}', values)).toBe('id-42-{{b}}');
    expect(withTestValues({ k: ['{{n}}'] }, values)).toEqual({ k: [42] });
    expect(testValueOf('["a", "b"]')).toEqual(['a', 'b']);
    expect(testValueOf('12.5')).toBe(12.5);
    expect(testValueOf('true')).toBe(true);
    expect(testValueOf('"quoted"')).toBe('"quoted"');
    expect(testValueOf('jane@example.com')).toBe('jane@example.com');
  });

  it('are listed once each with the fields that use them, secrets aside', () => {
    const uses = dataElementsUsed(
      { pixelId: '{{Pixel}}', accessToken: '{{Meta token}}' },
      { userData: { em: '{{Email}}', ph: ['{{Phone}}', '{{Email}}'] }, customData: { value: '{{Total}}' } },
    );
    expect(uses).toEqual([
      { token: '{{Pixel}}', usedIn: ['Pixel ID'] },
      { token: '{{Email}}', usedIn: ['Email', 'Phone'] },
      { token: '{{Phone}}', usedIn: ['Phone'] },
      { token: '{{Total}}', usedIn: ['Value'] },
    ]);
  });
});

describe('the test request', () => {
  it('is the previewed body as Meta’s form fields, with the test code, without the stand-in credentials', () => {
    const preview = previewOf({ ...MAPPED, testEventCode: 'OLD1' }, sample('webPurchase'));
    const fields = testFields(preview.request!, 'TEST42');
    expect(Object.keys(fields).sort()).toEqual(['data', 'test_event_code']);
    expect(fields.test_event_code).toBe('TEST42');
    expect(JSON.parse(fields.data)).toEqual([preview.built!.event]);
    expect(preview.request!.url).toBe('https://graph.facebook.com/v27.0/1234567890/events');
  });
});

describe("Meta's answer in words", () => {
  it('gives the code, the subcode, Meta’s message and what to do', () => {
    const token = describeFailure({
      status: 401,
      code: 190,
      subcode: 463,
      message: 'Error validating access token: Session has expired',
      transient: false,
    });
    expect(token.summary).toBe(
      'Meta answered with an error (HTTP 401, code 190, subcode 463): ' +
        'Error validating access token: Session has expired',
    );
    expect(token.fix).toMatch(/^The access token is invalid, expired or revoked\. Generate a new access token/);
    const pixel = describeFailure(
      { status: 400, code: 100, subcode: 33, message: "Object with ID '42' does not exist", transient: false },
      '42',
    );
    expect(pixel.fix).toMatch(/no pixel or dataset 42 that this token may use: the ID is wrong, or the token/);
    expect(describeFailure({ status: 400, code: 200, message: 'x', transient: false }).fix).toMatch(/^Permission/);
    expect(describeFailure({ status: 400, code: 100, subcode: 2804009, message: 'x', transient: false }).fix).toMatch(
      /Purchase needs custom_data.value/,
    );
    expect(describeFailure({ message: 'network', transient: true }).summary).toMatch(/^Meta could not be reached/);
  });
});
