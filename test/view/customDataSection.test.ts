import { describe, expect, it } from 'vitest';
import { actionForm } from '../support/viewForm';

const event = (event_name: string) => ({ serverEvent: { event_name, action_source: 'website' } });

describe('action: Custom Data', () => {
  it('with the XDM mapping off, a Purchase needs currency and value (the core\'s rule and message)', () => {
    const form = actionForm({ ...event('Purchase'), xdmMapping: { enabled: false } });
    expect(form.problems()['customData']).toMatch(/Purchase needs "currency" and "value".*currency and value missing/i);
    form.type('customData', '{"currency": "USD"}');
    expect(form.problems()['customData']).toMatch(/value missing/);
    form.type('customData', '{"currency": "usd", "value": "42.50"}');
    expect(form.problems()).toEqual({});
  });

  it('with the mapping on, a Purchase may take its value and currency from the event', () => {
    expect(actionForm(event('Purchase')).problems()).toEqual({});
    expect(actionForm({ ...event('Purchase'), xdmMapping: { exclude: ['currency'] } }).problems()['customData']).toMatch(/currency missing/);
  });

  it('values from data elements count as present; their format is checked at run time', () => {
    for (const text of ['{"currency": "{{cur}}", "value": {{total}}}', '{{customData}}']) {
      expect(actionForm(event('Purchase')).type('customData', text).problems()).toEqual({});
    }
    expect(actionForm(event('{{eventName}}')).problems()).toEqual({});
  });

  it('checks literal value and currency', () => {
    expect(actionForm(event('Lead')).type('customData', '{"value": "ten"}').problems()['customData']).toMatch(/expected a number/i);
    expect(actionForm(event('Lead')).type('customData', '{"currency": "dollars"}').problems()['customData']).toMatch(/ISO 4217/);
  });

  it('shows JSON errors while typing, before validate()', () => {
    const form = actionForm(event('Lead')).type('customData', '{"value": 1,}');
    expect(form.store.getState().validated).toBe(false);
    expect(form.store.getState().errors['customData']).toMatch(/not valid JSON \(error at character 12\)/);
  });

  it('saves an object when the JSON parses, text when it holds bare data elements; stored forms come back', () => {
    expect(actionForm(event('Lead')).type('customData', '{"value": 1}').settings().customData).toEqual({ value: 1 });
    expect(actionForm(event('Lead')).type('customData', '{"value": {{v}}}').settings().customData).toBe('{"value": {{v}}}');
    const text = '{"currency":"EUR","value":3}';
    expect(actionForm({ ...event('Purchase'), customData: text }).settings().customData).toBe(text);
    const object = { currency: 'EUR', value: 3, contents: [{ id: 'a', quantity: 1 }] };
    expect(actionForm({ ...event('Purchase'), customData: object }).settings().customData).toEqual(object);
  });
});
