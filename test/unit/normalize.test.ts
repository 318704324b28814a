import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeBirthDate } from '../../src/core/normalize/birthDate';
import {
  normalizeEmail,
  normalizeExternalId,
  normalizeGender,
  normalizeName,
  normalizePhone,
} from '../../src/core/normalize/contact';
import { normalizeCity, normalizeCountry, normalizeState, normalizeZip } from '../../src/core/normalize/location';
import { countryCodes } from '../../src/core/normalize/countries';
import { buildUserData as build } from '../../src/core/normalize/userData';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { sha256Hex } from '../../src/core/hash/sha256';

const NOW = Date.UTC(2026, 10, 28);
const KEYS = Object.values(USER_DATA_FIELDS).map((f) => f.sentAs);
const buildUserData = (settings: Record<string, unknown>, hash?: (text: string) => string) =>
  build(settings, KEYS, NOW, hash);

describe("Meta's documented examples", () => {
  it.each([
    ['em', 'John_Smith@gmail.com', '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'],
    ['fn', 'Mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
    ['fn', '정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
    ['fn', 'Valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
    ['db', '2/16/1997', '01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c'],
    ['country', 'United States', '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'],
    ['ph', '+1 (650) 555-1212', 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'],
    ['ph', '1-234-567-8901', '254aa248acb47dd654ca3ea53f48c2c26d641d23d7e2e93a1ec56258df7674c4'],
  ])('%s %s', (key, input, hash) => {
    expect(buildUserData({ [key]: input }).userData[key]).toBe(hash);
  });

  it('adds the US country code to a US national number: (650)555-1212 → 16505551212', () => {
    expect(normalizePhone('(650)555-1212', { country: 'us' })).toBe('16505551212');
    expect(buildUserData({ ph: '(650)555-1212', country: 'US' }).userData.ph).toBe(sha256Hex('16505551212'));
  });
});

describe('em', () => {
  it.each([
    ['  John_Smith@Gmail.COM ', 'john_smith@gmail.com'],
    ['ÉLODIE@exemple.fr', 'élodie@exemple.fr'],
    ['e\u0301lodie@exemple.fr', 'élodie@exemple.fr'], // NFC: the same é typed two ways
  ])('%j → %j', (input, out) => expect(normalizeEmail(input)).toBe(out));
  it.each(['john', '@gmail.com', 'john@', '', '  '])('drops %j', (input) =>
    expect(normalizeEmail(input)).toBeUndefined(),
  );
});

describe('ph', () => {
  it.each([
    ['+1 (650) 555-1212', undefined, '16505551212'],
    ['001 650 555 1212', undefined, '16505551212'],
    ['+44 7700 900123', 'gb', '447700900123'],
    ['(650) 555-1212', 'ca', '16505551212'],
    ['(650) 555-1212', 'in', '6505551212'], // not NANP: no code guessed
    ['(650) 555-1212', undefined, '6505551212'],
    ['+650 555 1212', 'us', '6505551212'], // written with +: taken as international
    ['9876543210', 'in', '9876543210'],
  ])('%j (country %s) → %j', (input, country, out) => expect(normalizePhone(input, { country })).toBe(out));
  it.each(['NaN', 'abc', '12345', '000000', '+', ''])('drops %j', (input) =>
    expect(normalizePhone(input)).toBeUndefined(),
  );
});

describe('fn / ln / ct', () => {
  it.each([
    ['  Mary Ann ', 'maryann'],
    ["O'Brien-Smith", 'obriensmith'],
    ['Jean-Luc!', 'jeanluc'],
    ['ZOË', 'zoë'],
    ['José María', 'josémaría'],
    ['Σωκράτης', 'σωκράτης'],
    ['李 小龍', '李小龍'],
  ])('name %j → %j', (input, out) => expect(normalizeName(input)).toBe(out));
  it.each([
    ['New York', 'newyork'],
    ['Zürich', 'zürich'],
    ['St. Louis', 'stlouis'],
    ['São Paulo', 'sãopaulo'],
  ])('city %j → %j', (input, out) => expect(normalizeCity(input)).toBe(out));
  it.each(['', ' ', '...', '—', '❤️', '👍🏽', '\u200d', '\ufe0f', '1\ufe0f\u20e3'.slice(1)])('drops %j', (input) =>
    expect(normalizeName(input)).toBeUndefined(),
  );

  it.each([
    ['Mary ❤️', 'mary'], // the heart leaves no U+FE0F behind
    ['Ann👍🏽', 'ann'], // nor a skin tone
    ['Jo👨\u200d👩\u200d👧e', 'joe'], // nor the zero-width joiners of a family emoji
    ['Zoë\ufe0f', 'zoë'],
    ['\u0301Ana', 'ana'], // a mark with no letter before it
    ['Ana#\ufe0f\u20e3', 'ana'], // a keycap
    ['🇺🇸 Bob', 'bob'], // regional indicators
    ['Bob\u{e0067}', 'bob'], // tag characters
    ['Jose\u0301', 'josé'], // an accent typed as a combining mark stays, composed (NFC)
    ['e\u20e3\u0301', 'é'], // the keycap goes, then NFC composes what is left
    ['हिन्दी', 'हिन्दी'], // Devanagari vowel signs and virama stay
    ['தமிழ்', 'தமிழ்'], // Tamil vowel sign and pulli stay
    ['ক্ষ', 'ক্ষ'],
    ['Nguyễn', 'nguyễn'],
  ])("emoji and invisible selectors are stripped, letters' marks stay: %j → %j", (input, out) => {
    expect(normalizeName(input)).toBe(out);
    expect(normalizeCity(input)).toBe(out);
    expect(normalizeName(input)).toBe(normalizeName(input.normalize('NFD')));
  });
});

describe('names and places in Latin-1 (their own fast path)', () => {
  const latin1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));

  it('keep exactly the Unicode letters and numbers of every Latin-1 character, lowercased', () => {
    for (const c of latin1) {
      const lower = c.toLowerCase();
      const kept = /^[\p{L}\p{N}]$/u.test(lower) ? lower : '';
      // é keeps the text off the ASCII path.
      expect(normalizeName(`é${c}é`), `U+${c.charCodeAt(0).toString(16)}`).toBe(`é${kept}é`);
    }
  });

  it('agree with the general rule on any Latin-1 text', () => {
    let asserted = 0;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...latin1), maxLength: 30 }), (text) => {
        // A letter outside Latin-1 (kept, and never composed with what precedes it) takes the general path.
        expect(normalizeName(`${text}ā`)).toBe(`${normalizeName(text) ?? ''}ā`);
        asserted++;
      }),
      { numRuns: 500 },
    );
    expect(asserted).toBe(500);
  });
});

describe('ge', () => {
  it.each([
    ['f', 'f'],
    ['F', 'f'],
    ['Female', 'f'],
    [' MALE ', 'm'],
    ['m', 'm'],
  ])('%j → %j', (input, out) => expect(normalizeGender(input)).toBe(out));
  it.each(['x', 'woman', 'other', '', 'fm'])('drops %j', (input) => expect(normalizeGender(input)).toBeUndefined());
});

describe('db', () => {
  it.each([
    ['19970216', '19970216'],
    ['1997-02-16', '19970216'],
    ['1997-2-6', '19970206'],
    ['1997-02-16T23:30:00-08:00', '19970216'],
    ['1997-02-16T10:00:00Z', '19970216'],
    ['1997/02/16', '19970216'],
    ['2/16/1997', '19970216'],
    ['02/03/1997', '19970203'], // month first
    ['16/02/1997', '19970216'], // first number over 12: day first
    ['16.02.1997', '19970216'],
    ['03.02.1997', '19970203'], // dots: day first
    ['02-16-1997', '19970216'],
    ['2000-02-29', '20000229'],
  ])('%j → %j', (input, out) => expect(normalizeBirthDate(input, { nowMs: NOW })).toBe(out));
  it.each([
    '1997-02-30',
    '1900-02-29',
    '13/13/1997',
    '1899-12-31',
    '2027-01-01',
    '97-02-16',
    '2/16/97',
    'February 16, 1997',
    '',
    '0',
  ])('drops %j', (input) => expect(normalizeBirthDate(input, { nowMs: NOW })).toBeUndefined());
});

describe('st', () => {
  it.each([
    ['California', 'ca'],
    ['CA', 'ca'],
    [' new york ', 'ny'],
    ['District of Columbia', 'dc'],
    ['Bavaria', 'bavaria'],
    ['Île-de-France', 'îledefrance'],
    ['N.S.W.', 'nsw'],
  ])('%j → %j', (input, out) => expect(normalizeState(input)).toBe(out));
});

describe('zp', () => {
  it.each([
    ['94025', '94025'],
    ['94025-1234', '94025'],
    ['94025 1234', '94025'],
    ['M1 1AE', 'm11ae'],
    ['75018', '75018'],
    ['1987', '1987'],
    ['K1A-0B1', 'k1a0b1'],
  ])('%j → %j', (input, out) => expect(normalizeZip(input)).toBe(out));
  it('drops blank', () => expect(normalizeZip(' - ')).toBeUndefined());
});

describe('country', () => {
  it.each([
    ['US', 'us'],
    ['usa', 'us'],
    ['United States of America', 'us'],
    ['UK', 'gb'],
    ['GBR', 'gb'],
    ['United Kingdom', 'gb'],
    ['DEU', 'de'],
    ['Germany', 'de'],
    ["Côte d'Ivoire", 'ci'],
    ['AUT', 'at'],
    ['AUS', 'au'],
    ['IRL', 'ie'],
    ['South Korea', 'kr'],
    ['Türkiye', 'tr'],
  ])('%j → %j', (input, out) => expect(normalizeCountry(input)).toBe(out));
  it.each(['Atlantis', 'XX', 'ZZZ', '', 'Bavaria', 'Korea, Kingdom of', 'Virgin Islands', 'Congo Democratic', 'the'])(
    'drops %j',
    (input) => expect(normalizeCountry(input)).toBeUndefined(),
  );

  it.each([
    ['Korea, Republic of', 'kr'],
    ['Korea Republic of', 'kr'],
    ['Republic of Korea', 'kr'],
    ['Korea (the Republic of)', 'kr'],
    ["Korea, Democratic People's Republic of", 'kp'],
    ["Democratic People's Republic of Korea", 'kp'],
    ['Iran, Islamic Republic of', 'ir'],
    ['Iran Islamic Republic of', 'ir'],
    ['Islamic Republic of Iran', 'ir'],
    ['Virgin Islands, U.S.', 'vi'],
    ['Virgin Islands US', 'vi'],
    ['U.S. Virgin Islands', 'vi'],
    ['Virgin Islands, British', 'vg'],
    ['British Virgin Islands', 'vg'],
    ['Bolivia, Plurinational State of', 'bo'],
    ['Plurinational State of Bolivia', 'bo'],
    ['Tanzania, United Republic of', 'tz'],
    ['United Republic of Tanzania', 'tz'],
    ['Venezuela, Bolivarian Republic of', 've'],
    ['Micronesia, Federated States of', 'fm'],
    ['Moldova, Republic of', 'md'],
    ['Congo, The Democratic Republic of the', 'cd'],
    ['Democratic Republic of the Congo', 'cd'],
    ['Congo', 'cg'],
    ['Taiwan, Province of China', 'tw'],
    ['Palestine, State of', 'ps'],
    ["Lao People's Democratic Republic", 'la'],
    ['Syrian Arab Republic', 'sy'],
    ['Russian Federation', 'ru'],
    ['United Kingdom of Great Britain and Northern Ireland', 'gb'],
    ['United States of America', 'us'],
    ['Netherlands (Kingdom of the)', 'nl'],
    ['The Netherlands', 'nl'],
    ['Holy See (Vatican City State)', 'va'],
    ['Falkland Islands (Malvinas)', 'fk'],
    ['Saint Helena, Ascension and Tristan da Cunha', 'sh'],
    ['Bonaire, Sint Eustatius and Saba', 'bq'],
    ['Sint Maarten (Dutch part)', 'sx'],
    ['Saint Martin (French part)', 'mf'],
    ['Cocos (Keeling) Islands', 'cc'],
    ['Åland Islands', 'ax'],
    ['Curaçao', 'cw'],
    ['Réunion', 're'],
    ['Saint Barthélemy', 'bl'],
    ['Bahamas, The', 'bs'],
    ['Gambia (the)', 'gm'],
    ['St. Lucia', 'lc'],
    ['St Kitts & Nevis', 'kn'],
    ['Trinidad & Tobago', 'tt'],
    ['Côte d’Ivoire', 'ci'],
    ['Timor-Leste', 'tl'],
    ['Guinea-Bissau', 'gw'],
    ['Eswatini', 'sz'],
    ['Cabo Verde', 'cv'],
    ['Czechia', 'cz'],
    ['North Macedonia', 'mk'],
    ['Viet Nam', 'vn'],
    ['Brunei Darussalam', 'bn'],
    ['ST', 'st'], // a code, not "Saint"
  ])('ISO names, in the inverted form too: %j → %j', (input, out) => expect(normalizeCountry(input)).toBe(out));

  it('maps every ISO 3166-1 alpha-2 and alpha-3 code, and each code once', () => {
    const tables = countryCodes();
    expect(tables.alpha2.size).toBe(249);
    expect(new Set(tables.alpha3.values()).size).toBe(249);
    for (const [a3, a2] of tables.alpha3) {
      expect(normalizeCountry(a2.toUpperCase())).toBe(a2);
      expect(normalizeCountry(a3)).toBe(a2);
    }
  });
});

describe('external_id', () => {
  it('keeps case, trims', () => expect(normalizeExternalId('  AbC-123 ')).toBe('AbC-123'));
});

describe('buildUserData', () => {
  it('hashes every value of a list, de-duplicated, and sends one value as a string', () => {
    const { userData, dropped } = buildUserData({ em: ['A@b.com', 'a@B.com ', 'c@d.com', 'nope'], fn: ['Mary'] });
    expect(userData.em).toEqual([sha256Hex('a@b.com'), sha256Hex('c@d.com')]);
    expect(userData.fn).toBe(sha256Hex('mary'));
    expect(dropped).toEqual({ em: 1 });
  });

  it('passes already-hashed values through, lowercased, never hashing twice', () => {
    const hash = sha256Hex('john_smith@gmail.com');
    const withAppendix = `${hash}.AQQCAQMC`;
    const { userData } = buildUserData({ em: hash.toUpperCase(), ph: withAppendix, external_id: hash });
    expect(userData).toEqual({ em: hash, ph: withAppendix, external_id: hash });
  });

  it('hashes numbers as their digits', () => {
    expect(buildUserData({ ph: 16505551212, zp: 94025, db: 19970216 }).userData).toEqual({
      ph: sha256Hex('16505551212'),
      zp: sha256Hex('94025'),
      db: sha256Hex('19970216'),
    });
  });

  it('never hashes an empty or invalid value', () => {
    const { userData, dropped } = buildUserData({
      em: '',
      ph: 'NaN',
      ge: 'unknown',
      db: 'yesterday',
      ct: '  ',
      country: 'Narnia',
      fn: null,
      ln: true,
    });
    expect(userData).toEqual({});
    expect(dropped).toEqual({ db: 1, country: 1, ln: 1 }); // 'NaN' and 'unknown' count as blank
  });

  it('sends unhashed keys trimmed and as given, case kept', () => {
    const { userData } = buildUserData({
      client_ip_address: ' 2001:db8::1 ',
      client_user_agent: 'Mozilla/5.0',
      fbc: 'fb.1.1554763741205.AbCdEfGhIjKlMnOpQrSt',
      fbp: 'fb.1.1558571054389.1098115397',
      lead_id: 123456789,
      fb_login_id: ['', '987'],
      subscription_id: '   ',
    });
    expect(userData).toEqual({
      client_ip_address: '2001:db8::1',
      client_user_agent: 'Mozilla/5.0',
      fbc: 'fb.1.1554763741205.AbCdEfGhIjKlMnOpQrSt',
      fbp: 'fb.1.1558571054389.1098115397',
      lead_id: 123456789,
      fb_login_id: '987',
    });
  });

  it('ignores keys Meta does not define', () => {
    expect(Object.keys(buildUserData({ email: 'a@b.com', em: 'a@b.com' }).userData)).toEqual(['em']);
  });

  it("follows Meta's key order", () => {
    const { userData } = buildUserData({ fbp: 'fb.1.1.1', country: 'us', em: 'a@b.com', external_id: 'x' });
    expect(Object.keys(userData)).toEqual(['em', 'country', 'external_id', 'fbp']);
  });
});
