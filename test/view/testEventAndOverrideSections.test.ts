import { describe, expect, it } from 'vitest';
import { actionForm } from '../support/viewForm';

const base = { serverEvent: { event_name: 'Lead', action_source: 'website' } };

describe('action: Test Event', () => {
  it('saves the code only while "Send as Test Event" is ticked, and then requires it', () => {
    const form = actionForm(base).type('testEventCode', 'TEST1');
    expect(form.settings()).not.toHaveProperty('testEventCode');
    form.type('sendAsTestEvent', 'true').type('testEventCode', '');
    expect(form.problems()).toEqual({ testEventCode: expect.stringMatching(/Enter the test event code/) });
    form.type('testEventCode', ' TEST123 ');
    expect(form.problems()).toEqual({});
    expect(form.settings().testEventCode).toBe('TEST123');
  });

  it('a stored code ticks the box; unticking removes the code', () => {
    const form = actionForm({ ...base, testEventCode: '{{testCode}}' });
    expect(form.store.getState().values.sendAsTestEvent.text).toBe('true');
    expect(form.settings().testEventCode).toBe('{{testCode}}');
    expect(form.type('sendAsTestEvent', 'false').settings()).not.toHaveProperty('testEventCode');
  });
});

describe('action: pixel ID and access token override', () => {
  it('optional; a literal pixel ID has digits only', () => {
    const form = actionForm(base);
    expect(form.problems()).toEqual({});
    form.type('pixelId', 'pixel-1');
    expect(form.problems()).toEqual({ pixelId: expect.stringMatching(/digits only/) });
    form.type('pixelId', '{{otherPixel}}').type('accessToken', '{{otherToken}}');
    expect(form.problems()).toEqual({});
    expect(form.settings()).toMatchObject({ pixelId: '{{otherPixel}}', accessToken: '{{otherToken}}' });
  });
});
