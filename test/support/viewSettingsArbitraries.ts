/** Random stored settings that fit extension.json's schemas, for round-trip properties. */
import fc from 'fast-check';
import { ACTION_SOURCES, MESSAGING_CHANNELS } from '../../src/core/constants';
import { PLAIN_USER_DATA, HASHED_USER_DATA } from '../../src/core/settings/userDataKeys';

const token = fc.stringMatching(/^[A-Za-z][\w .-]{0,12}$/).map((name) => `{{${name}}}`);
/** Any text, including blanks, commas, braces and tokens in the middle. */
const text = fc.oneof(fc.string(), token, fc.tuple(fc.string(), token).map(([a, b]) => a + b));
const nonEmpty = text.filter((t) => t.length > 0);
const digits = fc.stringMatching(/^\d{1,15}$/);
const jsonObject = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 });
const booleanSetting = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), token);
const integerSetting = fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.integer({ min: 0, max: 5000 }).map(String), token);
const choice = (options: readonly string[]) => fc.oneof(fc.constantFrom(...options), token);
const listItem = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

const serverEvent = fc.record(
  {
    event_name: nonEmpty,
    action_source: choice(ACTION_SOURCES),
    event_time: fc.oneof(text, fc.integer({ min: 0 })),
    event_source_url: text,
    event_id: text,
    referrer_url: text,
    opt_out: booleanSetting,
    messaging_channel: choice(MESSAGING_CHANNELS),
    app_data: fc.oneof(jsonObject, text),
    original_event_data: fc.oneof(jsonObject, text),
  },
  { requiredKeys: ['event_name', 'action_source'] },
);

const userData = fc.record(
  {
    ...Object.fromEntries(Object.keys(HASHED_USER_DATA).map((k) => [k, fc.oneof(text, fc.integer(), fc.array(listItem, { maxLength: 3 }))])),
    ...Object.fromEntries(PLAIN_USER_DATA.map((k) => [k, text])),
  },
  { requiredKeys: [] },
);

export const actionSettings = fc.record(
  {
    pixelId: fc.oneof(digits, token),
    accessToken: text,
    serverEvent,
    limitedDataUse: fc.record({ enabled: booleanSetting, country: integerSetting, state: integerSetting }, { requiredKeys: ['enabled'] }),
    userData,
    customData: fc.oneof(jsonObject, text),
    testEventCode: text,
  },
  { requiredKeys: ['serverEvent'] },
);

export const configurationSettings = fc.record(
  { pixelId: fc.oneof(digits, token), accessToken: nonEmpty, graphApiVersion: text, appSecret: text, graphApiBaseUrl: text },
  { requiredKeys: ['pixelId', 'accessToken'] },
);
