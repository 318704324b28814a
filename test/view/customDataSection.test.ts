import { describe, expect, it } from 'vitest';
import { CUSTOM_DATA_FIELDS } from '../../src/view/actions/sections/customDataSection';
import { requiredNow } from '../../src/view/form/fieldDef';
import { jsonErrorOffset, positionAt } from '../../src/view/form/jsonPosition';
import { actionForm } from '../support/viewForm';

const event = (event_name: string) => ({ serverEvent: { event_name, action_source: 'website' } });
const unmapped = (event_name: string) => ({ ...event(event_name), xdmMapping: { enabled: false } });

describe('action: Custom Data', () => {
  it('with the XDM mapping off, a Purchase needs value and currency: shown on those fields', () => {
    const form = actionForm(unmapped('Purchase'));
    const problems = form.problems();
    expect(problems['customData.value']).toMatch(/^A Purchase needs a value\. Enter the order total/);
    expect(problems['customData.currency']).toMatch(
      /^A Purchase needs the currency of its value\. Enter an ISO 4217 code/,
    );
    form.type('customData.currency', 'usd');
    expect(Object.keys(form.problems())).toEqual(['customData.value']);
    form.type('customData.value', '42.50');
    expect(form.problems()).toEqual({});
    expect(form.settings().customData).toEqual({ currency: 'usd', value: 42.5 });
  });

  it('value and currency given in the JSON box satisfy a Purchase too', () => {
    expect(
      actionForm(unmapped('Purchase')).type('customData', '{"currency": "usd", "value": "42.50"}').problems(),
    ).toEqual({});
    const half = actionForm(unmapped('Purchase')).type('customData', '{"currency": "usd"}').problems();
    expect(Object.keys(half)).toEqual(['customData.value']);
  });

  it('value and currency become required for a Purchase, and only then', () => {
    const form = actionForm(unmapped('Lead'));
    const required = () => CUSTOM_DATA_FIELDS.slice(0, 3).map((f) => requiredNow(f, form.store.getState().values));
    expect(required()).toEqual([false, false, false]);
    form.type('serverEvent.event_name', 'Purchase');
    expect(required()).toEqual([true, true, false]);
  });

  it('with the mapping on, a Purchase may take its value and currency from the event', () => {
    expect(actionForm(event('Purchase')).problems()).toEqual({});
    const excluded = actionForm({ ...event('Purchase'), xdmMapping: { exclude: ['currency'] } }).problems();
    expect(Object.keys(excluded)).toEqual(['customData.currency']);
  });

  it('values from data elements count as present; their format is checked at run time', () => {
    for (const text of ['{"currency": "{{cur}}", "value": {{total}}}', '{{customData}}']) {
      expect(actionForm(event('Purchase')).type('customData', text).problems()).toEqual({});
    }
    const fields = actionForm(unmapped('Purchase'))
      .type('customData.value', '{{total}}')
      .type('customData.currency', '{{cur}}');
    expect(fields.problems()).toEqual({});
    expect(fields.settings().customData).toEqual({ value: '{{total}}', currency: '{{cur}}' });
    expect(actionForm(event('{{eventName}}')).problems()).toEqual({});
  });

  it('checks literal values in the fields, and every known key of the box at once, naming each', () => {
    const form = actionForm(event('Lead')).type('customData.value', 'ten').type('customData.currency', 'dollars');
    expect(form.problems()['customData.value']).toMatch(/expected a number/i);
    expect(form.problems()['customData.currency']).toMatch(/ISO 4217/);
    const box = actionForm(event('Lead')).type(
      'customData',
      '{"value": "ten", "currency": "dollars", "num_items": "x"}',
    );
    const problem = box.problems()['customData'];
    expect(problem).toMatch(/"value": expected a number/);
    expect(problem).toMatch(/"currency": expected a three-letter/);
    expect(problem).toMatch(/"num_items": /);
  });

  it('a key set both in its field and in the box is an error naming the key', () => {
    const form = actionForm(event('Lead'))
      .type('customData.currency', 'EUR')
      .type('customData', '{"currency": "USD", "x": 1}');
    expect(form.problems()['customData']).toBe('"currency" is set here and in the Currency field: keep one.');
    form.type('customData', '{"x": 1}');
    expect(form.problems()).toEqual({});
    expect(form.settings().customData).toEqual({ x: 1, currency: 'EUR' });
  });

  it('a data element for the whole object cannot take the fields', () => {
    const form = actionForm(event('Lead')).type('customData', '{{customData}}').type('customData.order_id', 'A1');
    expect(form.problems()['customData']).toMatch(/One data element gives the whole object.*\(order_id\)/);
  });

  it('JSON errors show while typing, with line and column', () => {
    const form = actionForm(event('Lead')).type('customData', '{"x": 1,\n  "y": }');
    expect(form.store.getState().validated).toBe(false);
    expect(form.store.getState().errors['customData']).toMatch(/not valid JSON at line 2, column 8\./);
    form.type('customData', '{"x": [1, 2');
    expect(form.store.getState().errors['customData']).toMatch(
      /not valid JSON: it ends too soon \(line 1, column 12\)/,
    );
  });

  it('stored objects are split into the fields and the box, and come back as they were', () => {
    const object = {
      currency: 'EUR',
      value: 3,
      content_ids: ['a', 2],
      contents: [{ id: 'a', quantity: 1 }],
      extra: null,
    };
    const form = actionForm({ ...event('Purchase'), customData: object });
    const { values } = form.store.getState();
    expect(values['customData.currency'].text).toBe('EUR');
    expect(values['customData.value'].text).toBe('3');
    expect(values['customData.content_ids'].text).toBe('a, 2');
    expect(JSON.parse(values['customData'].text)).toEqual({ contents: [{ id: 'a', quantity: 1 }], extra: null });
    expect(form.settings().customData).toStrictEqual(object);
    // Edited: the value stays a number, the list a list, the box's keys are kept.
    form.type('customData.value', '4.5').type('customData.content_ids', 'a, b');
    expect(form.settings().customData).toEqual({ ...object, value: 4.5, content_ids: ['a', 'b'] });
  });

  it('stored JSON text stays in the box and comes back as it was; with a field set it becomes one object', () => {
    const text = '{"currency":"EUR",\n "value": {{total}}}';
    expect(actionForm({ ...event('Purchase'), customData: text }).settings().customData).toBe(text);
    const form = actionForm({ ...event('Lead'), customData: '{"x": {{v}}}' }).type('customData.order_id', '{{order}}');
    expect(form.settings().customData).toEqual({ x: '{{v}}', order_id: '{{order}}' });
    expect(actionForm(event('Lead')).type('customData', '{"value": {{v}}}').settings().customData).toBe(
      '{"value": {{v}}}',
    );
    expect(actionForm(event('Lead')).type('customData.content_ids', '{{skus}}').settings().customData).toEqual({
      content_ids: '{{skus}}',
    });
  });
});

describe('JSON error positions', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a": 1\n "b": 2}', 9],
    ['{a: 1}', 1],
    ['{"a": tru}', 9],
    ['{"a": 1} x', 9],
    ['{"a": "x', 8],
    ['{"a": "\\q"}', 8],
    ['{"a": [1, 2}', 11],
  ])('%j goes wrong at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('valid JSON has no error; line and column count from 1', () => {
    for (const text of ['{}', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9"], "b": {"c": ""}} ', '[]', '"x"']) {
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
