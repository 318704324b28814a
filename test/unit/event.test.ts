import { describe, expect, it } from 'vitest';
import { prepareEvent as prepare, type PreparedEvent } from '../../src/core/conversionsApi';
import { parseEventTime } from '../../src/core/settings/eventTime';
import { GRAPH_API_VERSION } from '../../src/core/constants';
import { SettingError } from '../../src/core/errors';
import { hmacSha256Hex, sha256Hex } from '../../src/core/hash/sha256';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const NOW_S = NOW / 1000;
const EXT = { pixelId: '1234567890', accessToken: 'EAAB-token-value' };
const XDM = {
  timestamp: '2026-11-28T11:59:00Z',
  environment: { ipV4: '203.0.113.9', browserDetails: { userAgent: 'Mozilla/5.0 (X11)' } },
  web: {
    webPageDetails: { URL: 'https://shop.example/p?fbclid=IwAR_AbC123' },
    webReferrer: { URL: 'https://ref.example/' },
  },
};
const ARC = { event: { xdm: XDM } };

/** prepareEvent for settings without a consent gate: never skipped. */
function prepareEvent(ext: unknown, settings: unknown, arc: unknown, nowMs: number): PreparedEvent {
  const prepared = prepare(ext, settings, arc, { nowMs });
  if ('skipped' in prepared) throw new Error('unexpectedly skipped');
  return prepared;
}

function build(
  settings: Record<string, unknown>,
  options: { ext?: Record<string, unknown>; arc?: unknown; now?: number } = {},
) {
  const prepared = prepareEvent(options.ext ?? EXT, settings, options.arc ?? ARC, options.now ?? NOW);
  const body = JSON.parse(prepared.request.body);
  return { ...prepared, warnings: prepared.built.warnings, body, event: body.data[0] };
}
const base = (serverEvent: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  serverEvent: { event_name: 'Lead', action_source: 'website', ...serverEvent },
  userData: { em: 'a@b.com' },
  ...rest,
});
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as SettingError;
  }
  throw new Error('expected an error');
};

describe('request', () => {
  it('posts to {base}/{version}/{pixel}/events with the token in the body, never the URL', () => {
    const { request, body } = build(base());
    expect(request.url).toBe(`https://graph.facebook.com/${GRAPH_API_VERSION}/1234567890/events`);
    expect(body.access_token).toBe('EAAB-token-value');
    expect(request.url).not.toContain('token');
    expect(request.headers).toEqual({
      'content-type': 'application/json',
      accept: 'application/json',
      'accept-encoding': 'identity',
    });
  });

  it('honours the version, base URL, action overrides, test code and app secret', () => {
    const { request, body } = build(
      base({}, { pixelId: '999', accessToken: 'override-token', testEventCode: ' TEST123 ' }),
      {
        ext: { ...EXT, graphApiVersion: 'v25.0', graphApiBaseUrl: 'http://127.0.0.1:8080/', appSecret: 'app-secret' },
      },
    );
    expect(request.url).toBe('http://127.0.0.1:8080/v25.0/999/events');
    expect(body.test_event_code).toBe('TEST123');
    expect(body.access_token).toBe('override-token');
    expect(body.appsecret_proof).toBe(hmacSha256Hex('app-secret', 'override-token'));
    expect(Object.keys(body)).toEqual(['data', 'test_event_code', 'access_token', 'appsecret_proof']);
  });
});

describe('defaults from the Edge event', () => {
  it('fills IP, user agent, URLs, time and fbc from xdm', () => {
    const { event } = build(base());
    expect(event).toMatchObject({
      event_time: Date.parse(XDM.timestamp) / 1000,
      event_source_url: XDM.web.webPageDetails.URL,
      referrer_url: XDM.web.webReferrer.URL,
    });
    expect(event.user_data).toMatchObject({
      client_ip_address: '203.0.113.9',
      client_user_agent: 'Mozilla/5.0 (X11)',
      fbc: `fb.1.${(Date.parse(XDM.timestamp) / 1000) * 1000}.IwAR_AbC123`,
    });
  });

  it('prefers IPv6, and settings over defaults', () => {
    const arc = { event: { xdm: { ...XDM, environment: { ...XDM.environment, ipV6: '2001:db8::7' } } } };
    expect(build(base(), { arc }).event.user_data.client_ip_address).toBe('2001:db8::7');
    const { event } = build({
      ...base({ event_source_url: 'https://other.example/' }),
      userData: { em: 'a@b.com', fbc: 'fb.1.1.Given', client_ip_address: '198.51.100.1' },
    });
    expect(event.event_source_url).toBe('https://other.example/');
    expect(event.user_data.fbc).toBe('fb.1.1.Given');
    expect(event.user_data.client_ip_address).toBe('198.51.100.1');
  });

  it('uses now when there is no event_time and no xdm.timestamp', () => {
    expect(build(base(), { arc: { event: { xdm: { ...XDM, timestamp: undefined } } } }).event.event_time).toBe(NOW_S);
    expect(build(base({ action_source: 'email' }), { arc: {} }).event.event_time).toBe(NOW_S);
  });
});

describe('event_time', () => {
  it.each([
    [NOW_S - 60, NOW_S - 60],
    [(NOW_S - 60) * 1000, NOW_S - 60],
    [`${NOW_S - 60}`, NOW_S - 60],
    [`${(NOW_S - 60) * 1000}`, NOW_S - 60],
    [NOW_S - 60.7, NOW_S - 61],
    ['2026-11-28T11:59:00Z', NOW_S - 60],
    ['2026-11-28T11:59:00.999Z', NOW_S - 60],
    ['2026-11-28T12:59:00+01:00', NOW_S - 60],
    ['2026-11-28T12:59:00+01', NOW_S - 60],
    ['2026-11-28T12:59:00.000+0100', NOW_S - 60],
    ['2026-11-28T11:59:00', NOW_S - 60],
    ['2026-11-28', NOW_S - 12 * 3600],
  ])('%j → %d', (input, seconds) => {
    expect(parseEventTime(input, 'x')).toBe(seconds);
    expect(build(base({ event_time: input })).event.event_time).toBe(seconds);
  });

  it.each(['yesterday', 'Nov 28 2026', -5, true, {}])('refuses %j', (input) => {
    expect(errorOf(() => build(base({ event_time: input }))).setting).toBe('serverEvent.event_time');
  });

  it('refuses events older than 7 days (62 for physical_store) and more than 5 minutes ahead', () => {
    expect(errorOf(() => build(base({ event_time: NOW_S - 7 * 86400 - 1 }))).message).toMatch(/more than 7 days old/);
    expect(build(base({ event_time: NOW_S - 7 * 86400 + 1 })).event.event_time).toBe(NOW_S - 7 * 86400 + 1);
    expect(build(base({ event_time: NOW_S - 30 * 86400, action_source: 'physical_store' })).event.event_time).toBe(
      NOW_S - 30 * 86400,
    );
    expect(
      errorOf(() => build(base({ event_time: NOW_S - 63 * 86400, action_source: 'physical_store' }))).message,
    ).toMatch(/62 days/);
    expect(build(base({ event_time: NOW_S + 299 })).event.event_time).toBe(NOW_S + 299);
    expect(errorOf(() => build(base({ event_time: NOW_S + 301 }))).message).toMatch(/future/);
  });
});

describe('server event fields', () => {
  it("sends Meta's names in Meta's order", () => {
    const { event } = build(
      base(
        { event_id: 42, opt_out: 'TRUE', event_name: ' Purchase ' },
        { customData: { currency: 'usd', value: '19.99', contents: [{ id: 'a', quantity: 1 }], mine: 'kept' } },
      ),
    );
    expect(event.event_id).toBe('42');
    expect(event.opt_out).toBe(true);
    expect(event.event_name).toBe('Purchase');
    expect(event.custom_data).toEqual({
      currency: 'USD',
      value: 19.99,
      contents: [{ id: 'a', quantity: 1 }],
      mine: 'kept',
    });
    expect(Object.keys(event)).toEqual([
      'event_name',
      'event_time',
      'action_source',
      'event_source_url',
      'event_id',
      'referrer_url',
      'opt_out',
      'user_data',
      'custom_data',
    ]);
  });

  it('accepts opt_out as booleans or "true"/"false" and refuses anything else', () => {
    expect(build(base({ opt_out: false })).event.opt_out).toBe(false);
    expect(build(base({ opt_out: 'false' })).event.opt_out).toBe(false);
    expect(errorOf(() => build(base({ opt_out: 'yes' }))).setting).toBe('serverEvent.opt_out');
  });

  it('normalizes action_source case and refuses unknown ones', () => {
    expect(build(base({ action_source: 'Physical_Store' })).event.action_source).toBe('physical_store');
    const error = errorOf(() => build(base({ action_source: 'web' })));
    expect(error.setting).toBe('serverEvent.action_source');
    expect(error.message).toBe(
      'Invalid setting "Action source" (serverEvent.action_source): "web" is not one of ' +
        'website, app, email, phone_call, chat, physical_store, system_generated, business_messaging, other.',
    );
  });

  it('sends LDU only when enabled, with integer country and state (0/0 by default)', () => {
    expect(build(base({}, { limitedDataUse: { enabled: true } })).event).toMatchObject({
      data_processing_options: ['LDU'],
      data_processing_options_country: 0,
      data_processing_options_state: 0,
    });
    expect(build(base({}, { limitedDataUse: { enabled: 'true', country: '1', state: 1000 } })).event).toMatchObject({
      data_processing_options_country: 1,
      data_processing_options_state: 1000,
    });
    expect(
      build(base({}, { limitedDataUse: { enabled: false, country: 1, state: 1000 } })).event.data_processing_options,
    ).toBeUndefined();
    expect(errorOf(() => build(base({}, { limitedDataUse: { enabled: true, state: 'CA' } }))).setting).toBe(
      'limitedDataUse.state',
    );
  });

  it('parses messaging_channel, app_data and original_event_data', () => {
    const { event } = build(
      base({
        action_source: 'business_messaging',
        messaging_channel: 'WhatsApp',
        app_data: '{"advertiser_tracking_enabled":1}',
        original_event_data: { event_name: 'Purchase' },
      }),
    );
    expect(event).toMatchObject({
      messaging_channel: 'whatsapp',
      app_data: { advertiser_tracking_enabled: 1 },
      original_event_data: { event_name: 'Purchase' },
    });
  });
});

describe('custom_data', () => {
  it('requires currency and value for Purchase', () => {
    const error = errorOf(() => build(base({ event_name: 'Purchase' }, { customData: '{"value": 10}' })));
    expect(error.setting).toBe('customData.currency');
    expect(error.label).toBe('Currency');
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/a Purchase needs the currency of its value/);
    // Both missing: each named on its own field, the value first, in one refusal.
    const both = errorOf(() => build(base({ event_name: 'Purchase' })));
    expect(both.problems.map((p) => p.setting)).toEqual(['customData.value', 'customData.currency']);
    expect(both.message).toMatch(/^Invalid setting "Value" \(customData\.value\): a Purchase needs a value\./);
    expect(both.message).toMatch(/Also invalid: "Currency" \(customData\.currency\)\.$/);
    expect(
      build(base({ event_name: 'Purchase' }, { customData: '{"value": 0, "currency": "EUR"}' })).event.custom_data,
    ).toEqual({ value: 0, currency: 'EUR' });
  });

  it('refuses invalid JSON, non-objects, non-numeric values and bad currencies, without echoing the data', () => {
    const bad = errorOf(() => build(base({}, { customData: '{"value": secret-ish}' })));
    expect(bad.setting).toBe('customData');
    expect(bad.message).not.toContain('secret-ish');
    expect(errorOf(() => build(base({}, { customData: '[1,2]' }))).message).toMatch(/JSON object/);
    expect(errorOf(() => build(base({}, { customData: { value: '12,50' } }))).setting).toBe('customData.value');
    expect(errorOf(() => build(base({}, { customData: { currency: '$' } }))).setting).toBe('customData.currency');
  });

  it('omits empty custom data', () => {
    expect(build(base({}, { customData: '  ' })).event.custom_data).toBeUndefined();
    expect(build(base({}, { customData: {} })).event.custom_data).toBeUndefined();
  });
});

describe('validation before sending', () => {
  it.each([
    [{ ...EXT, pixelId: '' }, 'pixelId'],
    [{ ...EXT, pixelId: 'abc123' }, 'pixelId'],
    [{ ...EXT, accessToken: ' ' }, 'accessToken'],
    [{ ...EXT, accessToken: undefined }, 'accessToken'],
    [{ ...EXT, graphApiVersion: '27' }, 'graphApiVersion'],
    [{ ...EXT, graphApiBaseUrl: 'http://proxy.example' }, 'graphApiBaseUrl'],
    [{ ...EXT, graphApiBaseUrl: 'https://proxy.example/?access_token=x' }, 'graphApiBaseUrl'],
    [undefined, 'pixelId'],
  ])('extension settings %j → %s', (ext, setting) => {
    expect(errorOf(() => prepareEvent(ext, base(), ARC, NOW)).setting).toBe(setting);
  });

  it.each([
    [
      { xdmMapping: { enabled: false }, serverEvent: { action_source: 'website' }, userData: { em: 'a@b.com' } },
      'serverEvent.event_name',
    ],
    [{ serverEvent: { event_name: 'Lead' }, userData: { em: 'a@b.com' } }, 'serverEvent.action_source'],
    [{ serverEvent: 'Lead' }, 'serverEvent'],
    [{ ...base(), pixelId: '12a' }, 'pixelId'],
    [
      { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'not-an-email', ph: '123' } },
      'userData',
    ],
  ])('action settings %j → %s', (settings, setting) => {
    expect(errorOf(() => build(settings, { arc: {} })).setting).toBe(setting);
  });

  it('needs event_source_url and client_user_agent for website events, after defaults', () => {
    const bare = { event: { xdm: {} } };
    expect(errorOf(() => build(base(), { arc: bare })).setting).toBe('serverEvent.event_source_url');
    expect(errorOf(() => build(base({ event_source_url: 'https://a.example/' }), { arc: bare })).setting).toBe(
      'userData.client_user_agent',
    );
    expect(build(base({ action_source: 'email' }), { arc: bare }).event.user_data.em).toBe(sha256Hex('a@b.com'));
  });

  it('names the setting and how to fix it', () => {
    const error = errorOf(() => build(base({}, { pixelId: 'abc' })));
    expect(error.message).toBe('Invalid setting "Pixel ID (override)" (pixelId): expected digits only.');
  });
});

describe('warnings', () => {
  it('counts dropped values by key without their values, and flags weak matches', () => {
    const { warnings } = build(
      { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { fn: 'Mary', ge: 'f', ph: '12' } },
      { arc: {} },
    );
    expect(warnings.join('\n')).toContain('Phone (userData.ph): 1 value(s) dropped');
    expect(warnings.join('\n')).not.toContain('12 ');
    expect(warnings.join('\n')).toMatch(/only fn, ge as invalid/);
  });
});

describe('no customer data in errors', () => {
  it('does not quote a choice that looks like data', () => {
    const error = errorOf(() => build(base({ action_source: 'jane.doe@example.com' })));
    expect(error.message).not.toContain('jane');
    expect(error.message).toMatch(
      /^Invalid setting "Action source" \(serverEvent.action_source\): the value is not one of website/,
    );
  });
});
