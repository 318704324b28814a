/** Customer information: bounded work, blank words, and only what Meta accepts. */
import { describe, expect, it } from 'vitest';
import { buildServerEvent as buildEvent } from '../../src/core/event/buildEvent';
import { sha256Hex } from '../../src/core/hash/sha256';
import { validClickId } from '../../src/core/normalize/clickIds';
import { isBlankText } from '../../src/core/normalize/text';
import { buildUserData as build, MAX_VALUES_PER_KEY } from '../../src/core/normalize/userData';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';

const NOW = Date.UTC(2026, 10, 28, 12);
const KEYS = Object.values(USER_DATA_FIELDS).map((f) => f.sentAs);
const USER_DATA_KEYS = KEYS.map((k) => k.key);
const HASHED_KEYS = KEYS.flatMap((k) => ('normalize' in k ? [k.key] : []));
const buildUserData = (settings: Record<string, unknown>, hash?: (text: string) => string) =>
  build(settings, KEYS, NOW, hash);
/** The XDM mapping off: only what the test sets is sent. */
function buildServerEvent(settings: Record<string, unknown>, arc: unknown, nowMs: number) {
  const built = buildEvent({ ...settings, xdmMapping: { enabled: false } }, arc, { nowMs });
  if ('skipped' in built) throw new Error(`skipped: ${built.skipped}`);
  return built;
}

function counting() {
  const hashed: string[] = [];
  return { hashed, hash: (text: string) => (hashed.push(text), sha256Hex(text)) };
}

describe('bounded work', () => {
  it(`keeps at most ${MAX_VALUES_PER_KEY} distinct values per key and counts the rest`, () => {
    const emails = Array.from({ length: 250 }, (_, i) => `user${i}@example.com`);
    const { userData, overflow, dropped } = buildUserData({ em: [...emails, ...emails] });
    expect(userData.em).toEqual(emails.slice(0, 100).map(sha256Hex));
    expect(overflow).toEqual({ em: 150 });
    expect(dropped).toEqual({});
  });

  it('100,000 values hash only the distinct ones kept: the work grows with the list, not its square', () => {
    const { hashed, hash } = counting();
    const values = Array.from({ length: 100_000 }, (_, i) => `User${i % 40_000}@Example.com`);
    const { userData, overflow } = buildUserData({ em: values }, hash);
    expect(hashed).toHaveLength(100);
    expect((userData.em as string[]).length).toBe(100);
    expect(overflow.em).toBe(40_000 - 100);
  });

  it('repeats are hashed once, whatever their spelling', () => {
    const { hashed, hash } = counting();
    const { userData } = buildUserData(
      { em: Array.from({ length: 10_000 }, (_, i) => (i % 2 ? ' A@B.com' : 'a@b.com ')) },
      hash,
    );
    expect(hashed).toEqual(['a@b.com']);
    expect(userData.em).toBe(sha256Hex('a@b.com'));
  });

  it('already-hashed values count toward the cap and are de-duplicated too', () => {
    const hashes = Array.from({ length: 120 }, (_, i) => sha256Hex(String(i)));
    const { userData, overflow } = buildUserData({ external_id: [...hashes, ...hashes.map((h) => h.toUpperCase())] });
    expect(userData.external_id).toEqual(hashes.slice(0, 100));
    expect(overflow).toEqual({ external_id: 20 });
  });

  it('the overflow is a warning with keys and counts only', () => {
    const values = Array.from({ length: 101 }, (_, i) => `Secret Name ${i}`);
    const { warnings } = buildServerEvent(
      { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@b.co', fn: values } },
      {},
      NOW,
    );
    expect(warnings).toContain('First name (userData.fn): 1 value(s) dropped beyond the first 100 distinct ones');
    expect(warnings.join()).not.toContain('Secret');
  });
});

describe('blank words', () => {
  const WORDS = [
    'null',
    'NULL',
    ' Null ',
    'undefined',
    'UNDEFINED',
    'NaN',
    'nan',
    '[object Object]',
    '[OBJECT OBJECT]',
    // Placeholders for "no value", and what String() makes of booleans, zero and infinities.
    'N/A',
    'n/a',
    'n.a.',
    'None',
    'nil',
    '-',
    '--',
    '?',
    'Unknown',
    '(not set)',
    'not set',
    'Not available',
    'true',
    'FALSE',
    '0',
    'Infinity',
    '-Infinity',
  ];

  it.each(WORDS)('%j is blank', (word) => expect(isBlankText(word)).toBe(true));
  it.each(['nullable', 'Nan Goldin', 'Undefinedness', '[object]', 'NA', 'Nonet', '00501', '0.5', 'true love'])(
    '%j is not',
    (word) => expect(isBlankText(word)).toBe(false),
  );

  it('typed values that are no customer information are never hashed: 0, booleans, infinities, NaN', () => {
    const { hashed, hash } = counting();
    for (const key of USER_DATA_KEYS) {
      for (const value of [0, true, false, Infinity, -Infinity, NaN, [0, false]]) {
        expect(buildUserData({ [key]: value }, hash).userData, `${key} ${String(value)}`).toEqual({});
      }
    }
    expect(hashed).toEqual([]);
    // N/A is no country (it would read as Namibia's code once its slash is gone); NA is Namibia.
    expect(buildUserData({ country: 'N/A' }).userData).toEqual({});
    expect(buildUserData({ country: 'NA' }).userData).toEqual({ country: sha256Hex('na') });
  });

  it('count as blank in every customer-information key: never hashed, never sent, never a warning', () => {
    const { hashed, hash } = counting();
    for (const key of USER_DATA_KEYS) {
      for (const word of WORDS) {
        const { userData, dropped } = buildUserData({ [key]: word }, hash);
        expect(userData, `${key} ${word}`).toEqual({});
        expect(dropped).toEqual({});
        const inList = buildUserData({ [key]: [word, word] }, hash);
        expect(inList.userData).toEqual({});
      }
    }
    expect(hashed).toEqual([]);
  });

  it('a blank word among real values is skipped', () => {
    expect(buildUserData({ fn: ['undefined', 'Mary'], ct: ['null', 'Paris'] }).userData).toEqual({
      fn: sha256Hex('mary'),
      ct: sha256Hex('paris'),
    });
  });

  it('the Edge event fills in a user agent or IP address that is a blank word', () => {
    const xdm = {
      environment: { ipV4: '203.0.113.9', browserDetails: { userAgent: 'Mozilla/5.0 (X11)' } },
      web: { webPageDetails: { URL: 'https://shop.example/' } },
    };
    const { event } = buildServerEvent(
      {
        serverEvent: { event_name: 'Lead', action_source: 'website' },
        userData: { em: 'a@b.co', client_user_agent: 'undefined', client_ip_address: 'null' },
      },
      { event: { xdm } },
      NOW,
    );
    expect(event.user_data).toMatchObject({ client_user_agent: 'Mozilla/5.0 (X11)', client_ip_address: '203.0.113.9' });
  });
});

describe('only what Meta accepts', () => {
  it('client_user_agent must be a non-blank string', () => {
    expect(buildUserData({ client_user_agent: 12345 })).toMatchObject({
      userData: {},
      dropped: { client_user_agent: 1 },
    });
    expect(buildUserData({ client_user_agent: true })).toMatchObject({
      userData: {},
      dropped: { client_user_agent: 1 },
    });
    expect(buildUserData({ client_user_agent: '   ' })).toMatchObject({ userData: {}, dropped: {} });
    expect(buildUserData({ client_user_agent: ' Mozilla/5.0 ' }).userData).toEqual({
      client_user_agent: 'Mozilla/5.0',
    });
  });

  it('a numeric user agent fails a website event before sending, naming the setting', () => {
    const build = () =>
      buildServerEvent(
        {
          serverEvent: { event_name: 'Lead', action_source: 'website', event_source_url: 'https://shop.example/' },
          userData: { em: 'a@b.co', client_user_agent: 42 },
        },
        {},
        NOW,
      );
    expect(build).toThrow(
      /^Invalid setting "Client user agent" \(userData.client_user_agent\): website events need it/,
    );
  });

  it.each([
    ['fb.1.1554763741205.AbCdEfGhIjKlMnOpQrSt', true],
    ['fb.0.1554763741205.IwAR2xYz-_', true],
    ['fb.2.1596403881668.1116446470', true],
    ['fb.1.1596403881668.1116446470.ABcDEFGh', true], // Parameter Builder appendix
    ['fb.1.1554763741205.', false],
    ['fb.1..AbC', false],
    ['fb.10.1554763741205.AbC', false],
    ['fb.x.1554763741205.AbC', false],
    ['fb.1.155476374120a.AbC', false],
    ['FB.1.1554763741205.AbC', false],
    ['fb.1.1554763741205.Ab C', false],
    ['fb.1.1554763741205.a.b.c', false],
    ['not-a-click-id', false],
    ['AbCdEfGh', false],
    ['', false],
  ])('fbc/fbp form: %j → %s', (value, ok) => {
    expect(validClickId(value)).toBe(ok);
    for (const key of ['fbc', 'fbp']) {
      const { userData } = buildUserData({ [key]: value });
      expect(userData[key]).toBe(ok ? value : undefined);
    }
  });

  it('a numeric fbp is refused', () =>
    expect(buildUserData({ fbp: 1558571054389 })).toMatchObject({ userData: {}, dropped: { fbp: 1 } }));

  describe('a malformed configured fbc', () => {
    const settings = (fbc: unknown) => ({
      serverEvent: { event_name: 'Lead', action_source: 'email' },
      userData: { em: 'a@b.co', fbc },
    });
    const withUrl = { event: { xdm: { web: { webPageDetails: { URL: 'https://shop.example/p?fbclid=IwAR9Zz' } } } } };

    it("is dropped with a warning and rebuilt from the page URL's fbclid", () => {
      const { event, warnings } = buildServerEvent(settings('IwAR-raw-click-id'), withUrl, NOW);
      expect(event.user_data.fbc).toBe(`fb.1.${event.event_time * 1000}.IwAR9Zz`);
      expect(warnings.join('\n')).toMatch(
        /^Click ID \(userData.fbc\): the value set was dropped: fb.<subdomain index>/m,
      );
      expect(warnings.join()).not.toContain('IwAR-raw');
    });

    it('is dropped with a warning when there is no fbclid to rebuild it from', () => {
      const { event, warnings } = buildServerEvent(settings('fb.1.x.y'), {}, NOW);
      expect(event.user_data.fbc).toBeUndefined();
      expect(warnings.join('\n')).toMatch(/^Click ID \(userData.fbc\): the value set was dropped/m);
    });

    it('a well-formed one is kept, even when the page URL has an fbclid', () => {
      const { event, warnings } = buildServerEvent(settings('fb.1.1554763741205.Configured'), withUrl, NOW);
      expect(event.user_data.fbc).toBe('fb.1.1554763741205.Configured');
      expect(warnings).toEqual([]);
    });
  });
});

describe('hashed keys are unchanged by the bounds', () => {
  it('every hashed key still hashes a usable value', () => {
    const sample: Record<string, string> = {
      em: 'a@b.co',
      ph: '+1 650 555 1212',
      fn: 'Mary',
      ln: 'Smith',
      ge: 'f',
      db: '1997-02-16',
      ct: 'Paris',
      st: 'CA',
      zp: '94025',
      country: 'US',
      external_id: 'x1',
    };
    const { userData } = buildUserData(sample);
    expect(Object.keys(userData).sort()).toEqual(HASHED_KEYS.sort());
  });
});
