import { describe, expect, it } from 'vitest';
import { actionForm } from '../support/viewForm';

const base = { serverEvent: { event_name: 'Lead', action_source: 'website' } };

describe('action: Limited Data Use', () => {
  it('is not saved until ticked, then saves numbers', () => {
    const form = actionForm(base);
    expect(form.settings()).not.toHaveProperty('limitedDataUse');
    form.type('limitedDataUse.enabled', 'true');
    expect(form.settings().limitedDataUse).toEqual({ enabled: true });
    form.type('limitedDataUse.country', '1').type('limitedDataUse.state', '1000');
    expect(form.settings().limitedDataUse).toEqual({ enabled: true, country: 1, state: 1000 });
  });

  it('ticked then unticked on a new action saves nothing, and checks nothing', () => {
    const form = actionForm(base)
      .type('limitedDataUse.enabled', 'true')
      .type('limitedDataUse.country', 'abc')
      .type('limitedDataUse.enabled', 'false');
    expect(form.settings()).not.toHaveProperty('limitedDataUse');
    expect(form.problems()).toEqual({});
  });

  it('a stored {enabled: false} comes back; unticking a stored one keeps its values', () => {
    expect(actionForm({ ...base, limitedDataUse: { enabled: false } }).settings().limitedDataUse).toEqual({
      enabled: false,
    });
    const stored = { enabled: true, country: 1, state: 1000 };
    const form = actionForm({ ...base, limitedDataUse: stored }).type('limitedDataUse.enabled', 'false');
    expect(form.settings().limitedDataUse).toEqual({ ...stored, enabled: false });
  });

  it('country and state: whole numbers or one data element alone', () => {
    const form = actionForm(base)
      .type('limitedDataUse.enabled', '{{ldu}}')
      .type('limitedDataUse.country', '1.5')
      .type('limitedDataUse.state', 'x{{state}}');
    const problems = form.problems();
    expect(problems['limitedDataUse.country']).toMatch(/whole number/);
    expect(problems['limitedDataUse.state']).toMatch(/one data element on its own/);
    form.type('limitedDataUse.country', '{{country}}').type('limitedDataUse.state', '1000');
    expect(form.problems()).toEqual({});
    expect(form.settings().limitedDataUse).toEqual({ enabled: '{{ldu}}', country: '{{country}}', state: 1000 });
  });
});
