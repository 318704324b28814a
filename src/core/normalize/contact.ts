/**
 * Normalizers for contact keys. Each takes one text value and returns the normalized
 * string to hash, or undefined when the value is unusable (it is then dropped, never hashed).
 */
import type { NormalizeContext } from './normalizer';
import { clean, lettersOnly } from './text';

/** em: trimmed, lowercase; needs an `@` with something on both sides. */
export function normalizeEmail(text: string): string | undefined {
  const email = clean(text).toLowerCase();
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email : undefined;
}

/**
 * ph: digits only, leading zeros removed (an international `00` prefix goes with them).
 * Meta matches on the full international number and a national number cannot be told apart
 * in general, so it is hashed as given, with one safe exception: when the customer's country
 * is in the North American Numbering Plan (US, CA, PR, …) and the number is a 10-digit
 * national one without `+`, the country code 1 is added (`(650)555-1212` → `16505551212`,
 * Meta's own example). Fewer than 7 digits cannot be a phone number: dropped.
 */
export function normalizePhone(text: string, { country }: Partial<NormalizeContext> = {}): string | undefined {
  const t = clean(text);
  let digits = t.replace(/[^0-9]/g, '').replace(/^0+/, '');
  if (country && NANP.has(country) && !/^(\+|00)/.test(t) && /^[2-9]\d{2}[2-9]\d{6}$/.test(digits))
    digits = `1${digits}`;
  return digits.length >= 7 ? digits : undefined;
}

/** Countries whose numbers are +1 and 10 national digits. */
const NANP = new Set([
  'us',
  'ca',
  'pr',
  'gu',
  'vi',
  'as',
  'mp',
  'um',
  'ag',
  'ai',
  'bb',
  'bm',
  'bs',
  'dm',
  'do',
  'gd',
  'jm',
  'kn',
  'ky',
  'lc',
  'ms',
  'sx',
  'tc',
  'tt',
  'vc',
  'vg',
]);

/** fn, ln: lowercase, no whitespace or punctuation; letters of every script and accents kept. */
export function normalizeName(text: string): string | undefined {
  return lettersOnly(text) || undefined;
}

/** ge: `f` or `m`, from f/m/female/male in any case. */
export function normalizeGender(text: string): string | undefined {
  switch (clean(text).toLowerCase()) {
    case 'f':
    case 'female':
      return 'f';
    case 'm':
    case 'male':
      return 'm';
    default:
      return undefined;
  }
}

/** external_id: trimmed only; case kept so it matches the same ID sent by the Pixel. */
export function normalizeExternalId(text: string): string | undefined {
  return clean(text) || undefined;
}
