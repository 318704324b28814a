import { describe, expect, it } from 'vitest';
import { actionForm } from '../support/viewForm';

const base = { serverEvent: { event_name: 'Lead', action_source: 'website' } };

describe('action: Server Event Parameters', () => {
  it('a new action maps the XDM event: nothing else is needed, so nothing is a problem yet', () => {
    const form = actionForm(null);
    expect(form.settings()).toEqual({ xdmMapping: { enabled: true } });
    expect(form.problems()).toEqual({});
  });

  it('with the mapping off, the event name and action source are required', () => {
    const form = actionForm(null).type('xdmMapping.enabled', 'false');
    // Both at once: a Save shows every problem it can know.
    expect(form.problems()).toEqual({
      'serverEvent.event_name': expect.stringMatching(/^It is empty\..*The XDM mapping is off/),
      'serverEvent.action_source': expect.stringMatching(/^It is empty\..*The XDM mapping is off/),
    });
    form.type('serverEvent.event_name', 'Lead');
    expect(form.problems()).toEqual({ 'serverEvent.action_source': expect.stringMatching(/^It is empty\./) });
  });

  it('accepts standard and custom event names and data elements', () => {
    for (const name of ['Purchase', 'MyCustomEvent', '{{eventName}}']) {
      const form = actionForm(base).type('serverEvent.event_name', name);
      expect(form.problems()['serverEvent.event_name']).toBeUndefined();
      expect(form.settings().serverEvent).toMatchObject({ event_name: name });
    }
  });

  it('checks the event time format (digits saved as a number)', () => {
    const form = actionForm(base).type('serverEvent.event_time', 'yesterday');
    expect(form.problems()['serverEvent.event_time']).toMatch(/ISO 8601/i);
    const recent = Math.floor(Date.now() / 1000) - 3600;
    const iso = new Date(recent * 1000).toISOString();
    for (const [text, saved] of [
      [String(recent), recent],
      [iso, iso],
      ['{{ts}}', '{{ts}}'],
    ] as const) {
      form.type('serverEvent.event_time', text);
      expect(form.problems()).toEqual({});
      expect(form.settings().serverEvent).toMatchObject({ event_time: saved });
    }
  });

  it('checks URLs unless they hold a data element', () => {
    const form = actionForm(base)
      .type('serverEvent.event_source_url', 'example.com/checkout')
      .type('serverEvent.referrer_url', 'ftp://x');
    const problems = form.problems();
    expect(problems['serverEvent.event_source_url']).toMatch(/absolute http/i);
    expect(problems['serverEvent.referrer_url']).toMatch(/absolute http/i);
    form
      .type('serverEvent.event_source_url', 'https://shop.example.com/{{path}}')
      .type('serverEvent.referrer_url', '{{referrer}}');
    expect(form.problems()).toEqual({});
  });

  it("action source and messaging channel: Meta's values or a data element", () => {
    const form = actionForm({ serverEvent: { ...base.serverEvent, action_source: 'web', messaging_channel: 'sms' } });
    const problems = form.problems();
    expect(problems['serverEvent.action_source']).toMatch(/"web" is not one of website, /);
    expect(problems['serverEvent.messaging_channel']).toMatch(/not one of messenger, whatsapp, instagram/);
    form.type('serverEvent.action_source', '{{source}}').type('serverEvent.messaging_channel', 'whatsapp');
    expect(form.problems()).toEqual({});
  });

  it('opt-out: true/false, or one data element alone (as the schema wants)', () => {
    const form = actionForm(base).type('serverEvent.opt_out', 'true');
    expect(form.settings().serverEvent).toMatchObject({ opt_out: true });
    form.type('serverEvent.opt_out', 'x{{flag}}');
    expect(form.problems()['serverEvent.opt_out']).toMatch(/one data element on its own/);
    expect(
      actionForm({ serverEvent: { ...base.serverEvent, opt_out: 'yes' } }).problems()['serverEvent.opt_out'],
    ).toMatch(/true or false/i);
  });

  it('app data and original event data: JSON objects, data elements allowed inside', () => {
    const form = actionForm(base)
      .type('serverEvent.app_data', '{"advertiser_tracking_enabled": {{att}}}')
      .type('serverEvent.original_event_data', '[1]');
    expect(form.problems()).toEqual({
      'serverEvent.original_event_data': expect.stringMatching(/expected a JSON object/i),
    });
    form.type('serverEvent.original_event_data', '{"event_name": "Purchase"');
    expect(form.problems()['serverEvent.original_event_data']).toMatch(/not valid JSON/i);
    form.type('serverEvent.original_event_data', '{{original}}');
    expect(form.problems()).toEqual({});
    expect(form.settings().serverEvent).toMatchObject({
      app_data: '{"advertiser_tracking_enabled": {{att}}}',
      original_event_data: '{{original}}',
    });
  });
});
