/** Text helpers shared by the customer-information normalizers. */

/**
 * The text values held by one setting. Data elements resolve to typed values: a string, a
 * number, or an array of them (nested arrays are flattened). Anything else (booleans,
 * objects, null, non-finite numbers) holds no usable text.
 */
export function toTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'bigint') return Number.isFinite(Number(value)) ? [String(value)] : [];
  if (Array.isArray(value)) return value.flatMap(toTexts);
  return [];
}

/** Text whose Unicode forms are all the same (NFC = NFD), and whose letters are a-z. */
const ASCII = /^[\x00-\x7f]*$/;

/** Every rule starts here: trimmed, Unicode NFC (so `é` typed two ways hashes the same; ASCII is already NFC). */
export function clean(text: string): string {
  const t = text.trim();
  return ASCII.test(t) ? t : t.normalize('NFC');
}

/** Whitespace, punctuation, symbols and control characters: what Meta strips from names and places. */
const NON_LETTERS = /[\s\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]+/gu;

/** Lowercase and keep only letters (any script, accents kept), marks and digits. */
export function lettersOnly(text: string): string {
  const t = clean(text).toLowerCase();
  // In ASCII, everything but letters and digits is space, punctuation, symbol or control.
  return ASCII.test(t) ? t.replace(/[^a-z0-9]+/g, '') : t.replace(NON_LETTERS, '');
}

/** A key for table look-ups: lowercase ASCII letters, accents folded (`Côte d'Ivoire` → `cotedivoire`). */
export function lookupKey(text: string): string {
  const t = text.trim().toLowerCase();
  return (ASCII.test(t) ? t : t.normalize('NFD')).replace(/[^a-z]+/g, '');
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;
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
