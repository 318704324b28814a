import { describe, expect, it } from 'vitest';
import { GRAPH_API_VERSION } from '../../src/core/constants';
import { hmacSha256Hex, sha256Hex } from '../../src/core/hash/sha256';
import { buildPreview } from '../../src/view/preview/buildPreview';

const NOW = Date.UTC(2026, 10, 28, 12);
const TOKEN = 'EAAB-very-secret-token';
const APP_SECRET = 'app-secret-value';
const config = { pixelId: '1234567890', accessToken: TOKEN, appSecret: APP_SECRET };
const purchase = { event_name: 'Purchase', action_source: 'website' };

describe('payload preview', () => {
  it('is the request the action builds: same URL, normalization and hashing', () => {
    const preview = buildPreview(
      config,
      {
        serverEvent: {
          ...purchase,
          event_time: NOW / 1000,
          event_source_url: 'https://shop.example.com/thanks',
          event_id: 'order-1',
        },
        userData: {
          em: ' Jane@Example.com ',
          ph: ['(650) 555-1212', 16505551212],
          country: 'US',
          client_user_agent: 'UA/1.0',
        },
        customData: { currency: 'usd', value: '42.50' },
        testEventCode: 'TEST1',
      },
      NOW,
    );
    expect(preview.problem).toBeUndefined();
    expect(preview.url).toBe(`https://graph.facebook.com/${GRAPH_API_VERSION}/1234567890/events`);
    const event = (preview.body!.data as Record<string, unknown>[])[0];
    expect(event).toMatchObject({
      event_name: 'Purchase',
      event_time: NOW / 1000,
      event_id: 'order-1',
      custom_data: { currency: 'USD', value: 42.5 },
      user_data: {
        em: sha256Hex('jane@example.com'),
        ph: sha256Hex('16505551212'),
        country: sha256Hex('us'),
        client_user_agent: 'UA/1.0',
      },
    });
    expect(preview.body!.test_event_code).toBe('TEST1');
  });

  it('never shows the access token or the app secret, nor the proof made from them', () => {
    const preview = buildPreview(
      config,
      { serverEvent: purchase, accessToken: 'EAAB-override-token', customData: { currency: 'USD', value: 1 } },
      NOW,
    );
    const shown = JSON.stringify(preview);
    for (const secret of [
      TOKEN,
      APP_SECRET,
      'EAAB-override-token',
      hmacSha256Hex(APP_SECRET, TOKEN),
      'preview-access-token',
      'preview-app-secret',
    ]) {
      expect(shown).not.toContain(secret);
    }
    expect(preview.body).toMatchObject({
      access_token: '<hidden>',
      appsecret_proof: expect.stringMatching(/^<HMAC-SHA256/),
    });
  });

  it('shows data elements as placeholders where their values go', () => {
    const preview = buildPreview(
      {
        pixelId: '{{pixel}}',
        accessToken: '{{token}}',
        graphApiVersion: '{{version}}',
        graphApiBaseUrl: '{{graphBase}}',
      },
      {
        serverEvent: {
          event_name: '{{eventName}}',
          action_source: '{{source}}',
          event_time: '{{time}}',
          event_source_url: '{{url}}',
          opt_out: '{{optOut}}',
          app_data: '{{app}}',
        },
        limitedDataUse: { enabled: '{{ldu}}', country: '{{country}}', state: 1000 },
        userData: { em: '{{email}}', ph: ['{{phone}}', '+1 650 555 1212'], fbp: '{{fbp}}' },
        customData: '{"currency": "{{currency}}", "value": {{total}}, "order_id": "{{order}}"}',
      },
      NOW,
    );
    expect(preview.problem).toBeUndefined();
    expect(preview.url).toBe('{{graphBase}}/{{version}}/{{pixel}}/events');
    const event = (preview.body!.data as Record<string, unknown>[])[0];
    expect(event).toMatchObject({
      event_name: '{{eventName}}',
      action_source: '{{source}}',
      event_time: '{{time}}',
      event_source_url: '{{url}}',
      opt_out: '{{optOut}}',
      app_data: '{{app}}',
      data_processing_options: '{{ldu}}',
      data_processing_options_country: '{{country}}',
      data_processing_options_state: 1000,
      user_data: {
        em: '<SHA-256 of {{email}}, normalized>',
        ph: ['<SHA-256 of {{phone}}, normalized>', sha256Hex('16505551212')],
        fbp: '{{fbp}}',
      },
      custom_data: { currency: '{{currency}}', value: '{{total}}', order_id: '{{order}}' },
    });
  });

  it('shows what the Edge event fills in when fields are left blank', () => {
    const event = (
      buildPreview(config, { serverEvent: { event_name: 'Lead', action_source: 'website' } }, NOW).body!.data as Record<
        string,
        unknown
      >[]
    )[0];
    expect(event).toMatchObject({
      event_time: expect.stringMatching(/^<Edge event: xdm\.timestamp/),
      event_source_url: '<Edge event: xdm.web.webPageDetails.URL (http or https only)>',
      referrer_url: '<Edge event: xdm.web.webReferrer.URL (http or https only)>',
      user_data: {
        client_ip_address: expect.stringMatching(/^<Edge event: .*ipV/),
        client_user_agent: expect.stringMatching(/^<Edge event: .*userAgent, else .*User-Agent header>$/),
      },
    });
  });

  it("says why the action would not send, with the library's message", () => {
    const unmapped = { xdmMapping: { enabled: false } };
    expect(buildPreview(config, { serverEvent: purchase, ...unmapped }, NOW).problem?.message).toMatch(
      /customData\.value.*a Purchase needs a value/,
    );
    expect(
      buildPreview(config, { serverEvent: { action_source: 'website' }, ...unmapped }, NOW).problem?.message,
    ).toMatch(/event_name.*empty/);
    const old = buildPreview(
      config,
      { serverEvent: { event_name: 'Lead', action_source: 'website', event_time: NOW / 1000 - 30 * 86400 } },
      NOW,
    );
    expect(old.problem?.message).toMatch(/event_time.*7 days/);
  });

  it("passes on the library's warnings (keys only, no values)", () => {
    const preview = buildPreview(
      config,
      { serverEvent: { event_name: 'Lead', action_source: 'website' }, userData: { em: 'not-an-email' } },
      NOW,
    );
    expect(preview.warnings.join('\n')).toMatch(/Email \(userData\.em\)/);
    expect(preview.warnings.join('\n')).not.toContain('not-an-email');
  });
});

describe('payload preview: event defaults that depend on settings', () => {
  const config = { pixelId: '1234567890', accessToken: 'EAAB-token' };

  it('shows external_id from the event only with an external ID namespace, num_items only for InitiateCheckout', () => {
    const lead = buildPreview(config, { serverEvent: { event_name: 'Lead', action_source: 'website' } }, Date.now());
    const [leadEvent] = lead.body!.data as { user_data: Record<string, unknown> }[];
    const userData = leadEvent.user_data;
    expect(userData.external_id).toBeUndefined();
    const named = buildPreview(
      config,
      { serverEvent: { event_name: 'InitiateCheckout' }, xdmMapping: { externalIdNamespace: 'CRMID' } },
      Date.now(),
    );
    const [event] = named.body!.data as { user_data: Record<string, unknown>; custom_data: Record<string, unknown> }[];
    expect(event.user_data.external_id).toMatch(/^<SHA-256 of the Edge event's xdm\.identityMap/);
    expect(event.custom_data.num_items).toMatch(/^<Edge event: the sum of xdm\.productListItems/);
  });
});
