/** Property-based tests over random and hostile input: nothing unexpected ever escapes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareEvent } from '../../src/core/conversionsApi';
import { SettingError } from '../../src/core/errors';
import { sha256Hex } from '../../src/core/hash/sha256';
import { buildUserData } from '../../src/core/normalize/userData';
import { HASHED_USER_DATA, USER_DATA_KEYS } from '../../src/core/settings/userDataKeys';

const HASHED = /^[0-9a-f]{64}(\.[A-Za-z0-9_-]+)?$/;
const EMPTY_HASH = sha256Hex('');

/** Anything a data element can resolve to, with text biased toward nasty characters. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u200b', '@', '+', '-', '.', '/', '0', '1', '9', 'a', 'Z', 'é', 'e\u0301', '정', '{', '}', '"'), maxLength: 30 }),
  fc.constantFrom('', ' ', 'NaN', 'undefined', 'null', '0', '-0', '1e400', '__proto__', 'constructor', '{{x}}'),
);
const leaf = fc.oneof(hostileText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt());
const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 4 }), fc.array(fc.array(leaf, { maxLength: 2 }), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const userSettings = fc.dictionary(fc.constantFrom(...USER_DATA_KEYS, 'email', '__proto__'), value);

describe('user_data properties', () => {
  it('never throws, never hashes an empty value, and only sends hashes for hashed keys', () => {
    fc.assert(
      fc.property(userSettings, (settings) => {
        const { userData } = buildUserData(settings);
        for (const [key, sent] of Object.entries(userData)) {
          if (!(key in HASHED_USER_DATA)) continue;
          for (const v of Array.isArray(sent) ? sent : [sent]) {
            expect(v).toMatch(HASHED);
            expect(v).not.toBe(EMPTY_HASH);
          }
          if (Array.isArray(sent)) expect(new Set(sent).size).toBe(sent.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizing is idempotent: a normalized value normalizes to itself', () => {
    const keys = Object.keys(HASHED_USER_DATA) as (keyof typeof HASHED_USER_DATA)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), hostileText, (key, text) => {
        const normalize = HASHED_USER_DATA[key];
        const once = normalize(text);
        if (once !== undefined) expect(normalize(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('prepareEvent properties', () => {
  it('either builds a request or throws a SettingError: nothing else escapes', () => {
    const now = Date.UTC(2026, 10, 28, 12);
    const settings = fc.record(
      {
        serverEvent: fc.oneof(
          value,
          fc.record(
            {
              event_name: fc.oneof(fc.constantFrom('Purchase', 'Lead', 'Custom'), value),
              action_source: fc.oneof(fc.constantFrom('website', 'email', 'physical_store', 'Website'), value),
              event_time: fc.oneof(fc.integer({ min: (now - 9 * 86400e3) / 1000, max: now / 1000 + 600 }), fc.constantFrom('2026-11-28T11:00:00Z', '1795867200000'), value),
              event_source_url: fc.oneof(fc.constantFrom('https://shop.example/?fbclid=AbC', 'not a url'), value),
              opt_out: value,
            },
            { requiredKeys: [] },
          ),
        ),
        userData: fc.oneof(userSettings, value),
        customData: fc.oneof(fc.constantFrom('{"currency":"usd","value":"1.5"}', '{bad json', '[]'), value),
        limitedDataUse: fc.oneof(fc.record({ enabled: value, country: value, state: value }), value),
        testEventCode: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settings, fc.anything(), (s, arc) => {
        try {
          const { request } = prepareEvent({ pixelId: '123', accessToken: 'token-abcdef' }, s, arc, now);
          const body = JSON.parse(request.body);
          expect(body.data).toHaveLength(1);
          expect(request.url).not.toContain('token-abcdef');
        } catch (error) {
          expect(error).toBeInstanceOf(SettingError);
          expect((error as Error).message).not.toContain('token-abcdef');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
