import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestText, ROOT } from '../../scripts/manifest';

const manifest = JSON.parse(readFileSync(join(ROOT, 'extension.json'), 'utf8'));
const action = manifest.actions[0];

/** Draft-04 schemas, as the Data Collection UI checks them (ajv 8 reads them with the $schema key removed). */
function validator(schema: Record<string, unknown>) {
  const { $schema, ...rest } = schema;
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  return new Ajv({ strict: false, allErrors: true }).compile(rest);
}

describe('extension.json', () => {
  it('is what the settings contract generates (run `npm run manifest` after changing it)', () => {
    expect(readFileSync(join(ROOT, 'extension.json'), 'utf8')).toBe(manifestText());
  });

  it('declares the edge action by its exact name', () => {
    expect(manifest.platform).toBe('edge');
    expect(action).toMatchObject({ name: 'send-conversions-api-event', displayName: 'Send Conversions API Event' });
  });

  it('accepts settings with literal values and data-element tokens', () => {
    const validate = validator(action.schema);
    const ok = [
      { serverEvent: { event_name: 'Purchase', action_source: 'website' } },
      {
        pixelId: '{{pixel}}',
        accessToken: '{{token}}',
        serverEvent: {
          event_name: '{{name}}',
          action_source: '{{source}}',
          event_time: 1700000000,
          opt_out: '{{optOut}}',
        },
        limitedDataUse: { enabled: true, country: 1, state: '{{state}}' },
        userData: { em: ['a@b.com', '{{email}}'], ph: 16505551212, client_ip_address: '{{ip}}' },
        customData: { currency: 'USD', value: 1 },
        testEventCode: 'TEST1',
      },
      { serverEvent: { event_name: 'Lead', action_source: 'email', opt_out: false }, customData: '{"value": 1}' },
    ];
    for (const settings of ok) expect(validate(settings), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses settings that could never work', () => {
    const validate = validator(action.schema);
    // An empty action is valid: the XDM mapping fills the event name and action source at run time.
    expect(validate({})).toBe(true);
    expect(
      validate({
        xdmMapping: { enabled: true, exclude: ['em'] },
        consent: { value: '{{consent}}', whenDenied: 'limitedDataUse' },
      }),
    ).toBe(true);
    const bad = [
      { consent: { value: '{{consent}}', whenDenied: 'drop' } },
      { serverEvent: { event_name: 'Lead', action_source: 'web' } },
      { serverEvent: { event_name: 'Lead', action_source: 'website', opt_out: 'yes' } },
      { serverEvent: { event_name: 'Lead', action_source: 'website' }, userData: { email: 'a@b.com' } },
      { serverEvent: { event_name: 'Lead', action_source: 'website' }, limitedDataUse: { country: 1 } },
      { serverEvent: { event_name: 'Lead', action_source: 'website' }, pixelId: 'abc' },
      { serverEvent: { event_name: 'Lead', action_source: 'website' }, extra: 1 },
    ];
    for (const settings of bad) expect(validate(settings), JSON.stringify(settings)).toBe(false);
  });

  it('requires a pixel ID (digits or a token) and an access token in the configuration', () => {
    const validate = validator(manifest.configuration.schema);
    expect(validate({ pixelId: '123', accessToken: '{{token}}' })).toBe(true);
    expect(
      validate({
        pixelId: '{{pixel}}',
        accessToken: 'x',
        graphApiVersion: 'v25.0',
        appSecret: '{{s}}',
        graphApiBaseUrl: 'http://127.0.0.1:1',
      }),
    ).toBe(true);
    expect(validate({ pixelId: '123' })).toBe(false);
    expect(validate({ pixelId: 'pixel', accessToken: 'x' })).toBe(false);
    expect(validate({ pixelId: '123', accessToken: '' })).toBe(false);
  });
});
