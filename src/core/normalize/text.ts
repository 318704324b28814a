/** Text helpers shared by the customer-information normalizers. */

/**
 * Words a data element that failed tends to produce (`String(undefined)`, `String({})`, `true`,
 * `0`, …) and the placeholders forms and systems write for "no value" (`N/A`, `none`, `-`,
 * `unknown`, `(not set)`): in any customer-information key they count as blank, like an empty
 * string, so they are never hashed (`N/A` would otherwise read as Namibia, `unknown` as a name).
 */
const BLANK_WORDS =
  /^(?:null|nil|none|undefined|nan|[+-]?infinity|true|false|0|n\/a|n\.a\.?|unknown|\(?not set\)?|not available|-+|\?+|\[object object\])$/i;

/** Blank text: empty, only white space, or one of the words above in any case. */
export function isBlankText(text: string): boolean {
  const t = text.trim();
  return t === '' || BLANK_WORDS.test(t);
}

/** A blank customer-information value: absent, null, blank text, or a list of blanks. */
export function isBlankValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isBlankText(value);
  return Array.isArray(value) && value.every(isBlankValue);
}

/**
 * The text values held by one setting. Data elements resolve to typed values: a string, a
 * number, or an array of them (nested arrays are flattened). Anything else (booleans,
 * objects, null, non-finite numbers) holds no usable text.
 */
export function toTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'bigint')
    return Number.isFinite(Number(value)) ? [String(value)] : [];
  if (Array.isArray(value)) return value.flatMap(toTexts);
  return [];
}

/** Text whose Unicode forms are all the same (NFC = NFD), and whose letters are a-z. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, U+0000 included, on purpose
const ASCII = /^[\x00-\x7f]*$/;

/** Every rule starts here: trimmed, Unicode NFC (so `é` typed two ways hashes the same; ASCII is already NFC). */
export function clean(text: string): string {
  const t = text.trim();
  return ASCII.test(t) ? t : t.normalize('NFC');
}

/**
 * What Meta strips from names and places: everything but letters, numbers and the combining
 * marks that belong to them. A removed character takes the marks after it along (an emoji's
 * variation selector U+FE0F, a keycap U+20E3, a skin tone), as do marks with nothing before
 * them; enclosing marks and variation selectors go wherever they are. Zero-width joiners are
 * format characters, so they go too. Accents and the vowel signs of Indic scripts follow a
 * letter and stay.
 *
 * Built from text on first use: V8 checks a regex literal's Unicode classes when it compiles
 * the file, even inside a function not yet called. As a literal it added about 1.5 ms to the
 * library's compile in Node, and 0.5 ms to its top level, for a pattern only non-Latin-1
 * text needs.
 */
let nonLetters: RegExp | undefined;
function nonLettersPattern(): RegExp {
  return (nonLetters ??= new RegExp(
    String.raw`^\p{M}+|[^\p{L}\p{N}\p{M}]\p{M}*|[\p{Me}\p{Variation_Selector}]+`,
    'gu',
  ));
}

/** Latin-1 text (U+0000 to U+00FF): it holds no combining mark, and it is already NFC. */
// eslint-disable-next-line no-control-regex -- the whole Latin-1 range, U+0000 included, on purpose
const LATIN1 = /^[\x00-\xff]*$/;
/**
 * The letters and numbers of lowercase Latin-1: what nonLettersPattern keeps there (a test
 * checks every character). Compiling its Unicode classes takes over a millisecond, which a
 * cold isolate would otherwise pay for the first accented Western name.
 */
const LATIN1_NON_LETTERS = /[^a-z0-9ª²³µ¹º¼-¾ß-öø-ÿ]+/g;

/** Lowercase and keep only letters (any script, accents kept), marks and digits; NFC. */
export function lettersOnly(text: string): string {
  const t = text.trim().toLowerCase();
  // In ASCII, everything but letters and digits is space, punctuation, symbol or control.
  if (ASCII.test(t)) return t.replace(/[^a-z0-9]+/g, '');
  if (LATIN1.test(t)) return t.replace(LATIN1_NON_LETTERS, '');
  // NFC last: removing a character may leave a letter and a mark side by side.
  return t.replace(nonLettersPattern(), '').normalize('NFC');
}

/** A key for table look-ups: lowercase ASCII letters, accents folded (`Côte d'Ivoire` → `cotedivoire`). */
export function lookupKey(text: string): string {
  const t = text.trim().toLowerCase();
  return (ASCII.test(t) ? t : t.normalize('NFD')).replace(/[^a-z]+/g, '');
}

/** A SHA-256 in hex, in either case. */
export const SHA256_HEX = /^[0-9a-f]{64}$/i;
/** A value Meta's Parameter Builder already hashed: 64 hex and an appendix, e.g. `<hex>.AQQCAQMC`. */
const SHA256_HEX_WITH_APPENDIX = /^[0-9a-f]{64}\.[\w-]{1,32}$/;

/**
 * A value that is already hashed, in the form to send, or undefined. A bare SHA-256 is
 * lowercased; one with a Parameter Builder appendix is case-sensitive and sent unchanged.
 */
export function alreadyHashed(text: string): string | undefined {
  const t = text.trim();
  if (t.length < 64) return undefined;
  if (SHA256_HEX.test(t)) return t.toLowerCase();
  if (SHA256_HEX_WITH_APPENDIX.test(t)) return t;
  return undefined;
}

/**
 * The one value of an unhashed key: a trimmed string, a number as given, or the first usable
 * item of a list. `accept` tells a usable value from one Meta would refuse.
 */
export function firstPlain(
  raw: unknown,
  accept: (value: string | number) => boolean = () => true,
): string | number | undefined {
  if (typeof raw === 'string') {
    const t = raw.trim();
    return !isBlankText(t) && accept(t) ? t : undefined;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) && raw !== 0 && accept(raw) ? raw : undefined;
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const value = firstPlain(item, accept);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}
