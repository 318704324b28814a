/**
 * Property-based tests over random and hostile input: nothing unexpected ever escapes. Each
 * property counts how often it reaches its main assertion, and checks that it is most runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareEvent } from '../../src/core/conversionsApi';
import { SettingError } from '../../src/core/errors';
import { sha256Hex } from '../../src/core/hash/sha256';
import { buildUserData, type UserDataKey } from '../../src/core/normalize/userData';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { isBlank, valueAt } from '../../src/core/values';

const NOW = Date.UTC(2026, 10, 28, 12);
const HASHED = /^[0-9a-f]{64}(\.[A-Za-z0-9_-]+)?$/;
const EMPTY_HASH = sha256Hex('');
const KEYS: UserDataKey[] = Object.values(USER_DATA_FIELDS).map((f) => f.sentAs);
const HASHED_KEYS = KEYS.filter((k) => k.normalize);

/** Anything a data element can resolve to, with text biased toward nasty characters. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u200b',
      '@',
      '+',
      '-',
      '.',
      '/',
      '0',
      '1',
      '9',
      'a',
      'Z',
      'é',
      'e\u0301',
      '정',
      '{',
      '}',
      '"',
    ),
    maxLength: 30,
  }),
  fc.constantFrom('', ' ', 'NaN', 'undefined', 'null', '0', '-0', '1e400', '__proto__', 'constructor', '{{x}}'),
);
const leaf = fc.oneof(
  hostileText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
);
const value = fc.oneof(
  leaf,
  fc.array(leaf, { maxLength: 4 }),
  fc.array(fc.array(leaf, { maxLength: 2 }), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

/** Values of the kind a real form or data element gives each key, with odd spacing and case. */
const realistic: Record<string, fc.Arbitrary<string>> = {
  em: fc
    .tuple(fc.stringMatching(/^[A-Za-z0-9._%+-]{1,12}$/), fc.stringMatching(/^[A-Za-z0-9-]{1,10}\.[A-Za-z]{2,4}$/))
    .map(([u, d]) => ` ${u}@${d} `),
  ph: fc.stringMatching(/^\+?[0-9 ()-]{7,18}$/),
  fn: fc.constantFrom('Mary', ' JOSÉ ', "O'Brien", 'Zoë-Ann', '정민', 'Jean Luc'),
  ln: fc.constantFrom('Smith', 'Müller', 'de la Cruz', 'Nguyễn'),
  ge: fc.constantFrom('f', 'M', 'Female', ' male '),
  db: fc.constantFrom('1997-02-16', '02/16/1997', '16.02.1997', '19970216'),
  ct: fc.constantFrom('New York', 'São Paulo', 'Zürich', 'Saint-Étienne'),
  st: fc.constantFrom('California', 'CA', 'Île-de-France', 'ny'),
  zp: fc.constantFrom('94025', '94025-1234', 'M1 1AE', '75001'),
  country: fc.constantFrom('US', 'usa', 'United States', 'fr', 'Germany'),
  external_id: fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/),
};

describe('user_data properties', () => {
  it('never throws, never hashes an empty value, and only sends hashes for hashed keys', () => {
    const settings = fc.dictionary(
      fc.constantFrom(...KEYS.map((k) => k.key), 'email', '__proto__'),
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...Object.keys(realistic)).chain((k) => realistic[k]) },
        { weight: 2, arbitrary: value },
      ),
    );
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(settings, (s) => {
        runs++;
        const { userData } = buildUserData(s, KEYS, NOW);
        for (const { key, normalize } of KEYS) {
          const sent = userData[key];
          if (!normalize || sent === undefined) continue;
          checked++;
          for (const v of Array.isArray(sent) ? sent : [sent]) {
            expect(v).toMatch(HASHED);
            expect(v).not.toBe(EMPTY_HASH);
          }
          if (Array.isArray(sent)) expect(new Set(sent).size).toBe(sent.length);
        }
      }),
      { numRuns: 2000 },
    );
    expect(checked / runs).toBeGreaterThan(0.5);
  });

  it('normalizing is idempotent: a normalized value normalizes to itself', () => {
    let checked = 0;
    let runs = 0;
    const input = fc
      .constantFrom(...HASHED_KEYS)
      .chain((key) =>
        fc.tuple(
          fc.constant(key),
          fc.oneof({ weight: 3, arbitrary: realistic[key.key] ?? hostileText }, { weight: 1, arbitrary: hostileText }),
        ),
      );
    fc.assert(
      fc.property(input, ([{ normalize }, text]) => {
        runs++;
        const once = normalize!(text, { nowMs: NOW });
        if (once === undefined) return;
        checked++;
        expect(normalize!(once, { nowMs: NOW })).toBe(once);
      }),
      { numRuns: 5000 },
    );
    expect(checked / runs).toBeGreaterThan(0.5);
  });
});

describe('prepareEvent properties', () => {
  it('either builds a request or throws a SettingError: nothing else escapes, and the token never leaks', () => {
    /** A valid setting most of the time, anything at all sometimes. */
    const mostly = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 19, arbitrary: valid }, { weight: 1, arbitrary: value });
    const settings = fc.record(
      {
        serverEvent: mostly(
          fc.record(
            {
              event_name: mostly(fc.constantFrom('Purchase', 'Lead', 'Custom', ' ViewContent ')),
              action_source: mostly(fc.constantFrom('website', 'email', 'physical_store', 'Website')),
              event_time: mostly(
                fc.oneof(
                  fc.integer({ min: (NOW - 6 * 86400e3) / 1000, max: NOW / 1000 + 200 }),
                  fc.constantFrom('2026-11-28T11:00:00Z', '1795867200000'),
                ),
              ),
              event_source_url: mostly(fc.constantFrom('https://shop.example/?fbclid=AbC', 'https://shop.example/p')),
              opt_out: mostly(fc.boolean()),
            },
            { requiredKeys: ['event_name', 'action_source'] },
          ),
        ),
        userData: mostly(
          fc.record(
            { em: mostly(realistic.em), ph: mostly(realistic.ph), country: mostly(realistic.country) },
            { requiredKeys: ['em'] },
          ),
        ),
        customData: fc.oneof(
          {
            weight: 8,
            arbitrary: fc.constantFrom(
              '{"currency":"usd","value":"1.5"}',
              { currency: 'EUR', value: 3 },
              { content_ids: ['a'] },
            ),
          },
          { weight: 1, arbitrary: fc.constantFrom('{bad json', '[]', '{"value": "1,5"}') },
          { weight: 1, arbitrary: value },
        ),
        limitedDataUse: mostly(
          fc.record({ enabled: fc.boolean(), country: fc.constantFrom(0, 1, '1'), state: fc.constantFrom(0, 1000) }),
        ),
        testEventCode: mostly(fc.constantFrom('TEST1', ' ')),
      },
      { requiredKeys: [] },
    );
    const arc = mostly(
      fc.record({
        event: fc.record({
          xdm: fc.record(
            {
              environment: fc.constant({ ipV4: '203.0.113.9', browserDetails: { userAgent: 'Mozilla/5.0' } }),
              web: fc.constant({ webPageDetails: { URL: 'https://shop.example/' } }),
              eventType: fc.constantFrom('commerce.purchases', 'web.webpagedetails.pageViews', 'other'),
              commerce: fc.constant({ order: { priceTotal: 10, currencyCode: 'usd', purchaseID: 'O-1' } }),
            },
            { requiredKeys: ['environment'] },
          ),
        }),
      }),
    );
    let built = 0;
    let runs = 0;
    fc.assert(
      fc.property(settings, arc, (s, a) => {
        runs++;
        try {
          const prepared = prepareEvent({ pixelId: '123', accessToken: 'token-abcdef' }, s, a, { nowMs: NOW });
          if ('skipped' in prepared) {
            // No consent gate is set: only an event the mapping finds no Meta event for is skipped.
            expect(prepared.skipped).toMatch(/^no Meta event for (eventType other$|this event)/);
            expect(isBlank(valueAt(s, ['serverEvent', 'event_name']))).toBe(true);
            return;
          }
          const body = JSON.parse(prepared.request.body);
          expect(body.data).toHaveLength(1);
          expect(body.data[0].event_name).toEqual(expect.any(String));
          expect(prepared.request.url).not.toContain('token-abcdef');
          built++;
        } catch (error) {
          expect(error).toBeInstanceOf(SettingError);
          expect((error as Error).message).not.toContain('token-abcdef');
        }
      }),
      { numRuns: 2000 },
    );
    expect(built / runs).toBeGreaterThan(0.5);
  });
});

describe("the visitor's event cannot fail a rule the marketer set up fully", () => {
  /** What a browser or an app can put in the XDM: every field hostile, in every shape. */
  const consentValue = fc.oneof(
    fc.constantFrom('y', 'n', 'dn', 'dy', 'p', 'u', 'LI', 'No', 'REJECTED', 'opt-out', ' yes '),
    fc.constantFrom(['n'], { val: 'n' }, { value: 'no' }, { val: { val: 'n' } }),
    value,
  );
  const hostileXdm = fc.record(
    {
      eventType: fc.oneof(
        fc.constantFrom(
          'commerce.purchases',
          'commerce.productListRemovals',
          'application.launch',
          'web.formFilledOut',
        ),
        hostileText,
      ),
      timestamp: fc.oneof(
        fc.integer({ min: -30, max: 30 }).map((days) => new Date(NOW + days * 86_400_000).toISOString()),
        fc.integer({ min: -600, max: 600 }).map((s) => new Date(NOW + s * 1000).toISOString()),
        value,
      ),
      web: fc.record({
        webPageDetails: fc.record({
          URL: fc.oneof(fc.constantFrom('android-app://x', 'about:blank', 'file:///a', 'javascript:1'), value),
        }),
      }),
      consents: fc.record(
        {
          collect: fc.record({ val: consentValue }),
          share: fc.record({ val: consentValue }),
          marketing: fc.record({ any: fc.record({ val: consentValue }), preferred: value }),
          adID: fc.record({ val: consentValue }),
        },
        { requiredKeys: [] },
      ),
      consentStrings: fc.array(
        fc.record({ consentStandard: fc.constantFrom('IAB TCF', 'x'), consentStringValue: value, gdprApplies: value }),
        { maxLength: 3 },
      ),
      identityMap: fc.dictionary(
        fc.constantFrom('Email', 'email', 'Phone', 'IDFA', 'GAID', 'ECID', '__proto__'),
        fc.oneof(fc.array(fc.record({ id: value }), { maxLength: 3 }), value),
      ),
      implementationDetails: fc.record({ name: value, environment: fc.oneof(fc.constant('app'), value) }),
      environment: fc.record({ ipV4: fc.oneof(fc.constant('0.0.0.0'), value), ipV6: value }),
      commerce: fc.record({
        order: fc.record({ priceTotal: value, currencyCode: value, purchaseID: value, payments: value }),
      }),
      productListItems: fc.oneof(
        fc.array(fc.record({ SKU: value, quantity: value, priceTotal: value, currencyCode: value }), { maxLength: 6 }),
        value,
      ),
      person: fc.record({ name: fc.record({ firstName: value, lastName: value }), gender: value, birthDate: value }),
      homeAddress: fc.record({ countryCode: fc.oneof(fc.constantFrom('N/A', 'NA', 'none', '-'), value) }),
      personalEmail: fc.record({ address: value }),
      mobilePhone: fc.record({ number: value }),
      siteSearch: fc.record({ query: value }),
    },
    { requiredKeys: [] },
  );
  const request = fc.record(
    { header: fc.record({ httpHeaders: fc.dictionary(fc.constantFrom('user-agent', 'User-Agent'), value) }) },
    { requiredKeys: [] },
  );
  /** Everything Meta requires is set: only the event can change the outcome. */
  const configured = {
    serverEvent: { event_name: 'Purchase', action_source: 'website', event_source_url: 'https://shop.example/p' },
    userData: { em: 'buyer@example.com', client_user_agent: 'Mozilla/5.0' },
    customData: { value: 10, currency: 'USD' },
  };

  /** A generated value as text; an object whose toString is not a function has none. */
  const textOf = (value: unknown) => {
    try {
      return String(value);
    } catch {
      return '';
    }
  };

  it('builds or skips, never refuses; a denial in the event is never sent; what is sent is bounded', () => {
    const tally = { runs: 0, built: 0, skipped: 0 };
    fc.assert(
      fc.property(hostileXdm, request, (xdm, req) => {
        tally.runs++;
        const result = prepareEvent(
          { pixelId: '123', accessToken: 'token-abcdef' },
          configured,
          { event: { xdm }, request: req },
          {
            nowMs: NOW,
          },
        );
        if ('skipped' in result) {
          tally.skipped++;
          expect(result.skipped).toMatch(/^(consent denied|consent unknown|the event's xdm\.timestamp)/);
          return;
        }
        tally.built++;
        const event = JSON.parse(result.request.body).data[0];
        // The event's own consent said no in none of the fields that decide.
        for (const path of [['collect'], ['share'], ['marketing', 'any']]) {
          const val = textOf(valueAt(xdm, ['consents', ...path, 'val']));
          expect(['n', 'dn', 'no', 'rejected', 'opt-out'].includes(val.trim().toLowerCase())).toBe(false);
        }
        expect(event.event_time).toBeLessThanOrEqual(Math.floor(NOW / 1000));
        expect(event.event_source_url).toBe('https://shop.example/p');
        expect(event.custom_data.contents?.length ?? 0).toBeLessThanOrEqual(1000);
        // A placeholder is no country (N/A would otherwise read as Namibia).
        if (['N/A', 'none', '-'].includes(valueAt(xdm, ['homeAddress', 'countryCode']) as string))
          expect(event.user_data.country).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    // Both outcomes occur often (about 30 % built, 70 % skipped): the property is not vacuous.
    expect(tally.built / tally.runs).toBeGreaterThan(0.2);
    expect(tally.skipped / tally.runs).toBeGreaterThan(0.2);
  });
});
