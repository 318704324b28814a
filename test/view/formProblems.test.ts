/** Problems after a save: the rules' several problems at once, each where the form shows it, beside the fields' own. */
import { describe, expect, it } from 'vitest';
import { SettingError } from '../../src/core/errors';
import { ruleErrors } from '../../src/view/actions/actionSections';
import { actionForm } from '../support/viewForm';

const unmapped = { xdmMapping: { enabled: false } };

describe('problems across fields', () => {
  it('several rule problems are shown at once, each on its field, two on one field together', () => {
    const values = actionForm({ ...unmapped, serverEvent: { event_name: 'Purchase' } }).store.getState().values;
    const errors = ruleErrors(
      [
        new SettingError('serverEvent.action_source', 'it is empty. Choose one.', 'Action source'),
        new SettingError('serverEvent.event_source_url', 'website events need it.', 'Event source URL'),
        new SettingError('serverEvent.event_source_url', 'expected an absolute http(s) URL.', 'Event source URL'),
        new SettingError('customData.value', 'a Purchase needs a value.', 'Value'),
        new SettingError('customData.currency', 'a Purchase needs the currency of its value.', 'Currency'),
        new SettingError('userData', 'no customer information parameter has a usable value.', 'Customer information'),
        new SettingError('accessToken', 'it is empty.', 'Access token'),
      ],
      values,
    );
    expect(errors).toEqual({
      'serverEvent.action_source': 'It is empty. Choose one.',
      'serverEvent.event_source_url': 'Website events need it. Expected an absolute http(s) URL.',
      'customData.value': 'A Purchase needs a value.',
      'customData.currency': 'A Purchase needs the currency of its value.',
      userData: 'Customer information: no customer information parameter has a usable value.',
    });
  });

  it("every problem of the library's refusal shows at once: the action source, the value, the currency", () => {
    const problems = actionForm({
      ...unmapped,
      serverEvent: { event_name: 'Purchase' },
      userData: { em: 'a@b.co' },
    }).problems();
    expect(Object.keys(problems).sort()).toEqual([
      'customData.currency',
      'customData.value',
      'serverEvent.action_source',
    ]);
    expect(problems['customData.value']).toMatch(/^A Purchase needs a value\. .*The XDM mapping is off/);
  });

  it("a field's own problem does not hide the rules: one save shows both", () => {
    // The JSON of App data is wrong (the library would stop there), and the action source is missing.
    const problems = actionForm({
      ...unmapped,
      serverEvent: { event_name: 'Lead', app_data: '{"x": }' },
      userData: { em: 'a@b.co' },
    }).problems();
    expect(Object.keys(problems).sort()).toEqual(['serverEvent.action_source', 'serverEvent.app_data']);
    expect(problems['serverEvent.app_data']).toMatch(/not valid JSON/);
  });
});
