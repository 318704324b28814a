/** Normalizers for location keys; same contract as ./contact. */
import { countryCode } from './countries';
import { clean, lettersOnly } from './text';
import { usStateCode } from './usStates';

/** ct: lowercase, no spaces, punctuation or symbols; accents kept (`São Paulo` → `sãopaulo`). */
export function normalizeCity(text: string): string | undefined {
  return lettersOnly(text) || undefined;
}

/**
 * st: a US state name or code becomes its 2-letter code, lowercase (`California` → `ca`);
 * anything else is lowercased without spaces or punctuation (`Île-de-France` → `îledefrance`).
 */
export function normalizeState(text: string): string | undefined {
  return usStateCode(text) ?? (lettersOnly(text) || undefined);
}

const ZIP_PLUS_4 = /^(\d{5})[\s-]*\d{4}$/;

/** zp: lowercase, no spaces or dashes; a US ZIP+4 keeps its first 5 digits. */
export function normalizeZip(text: string): string | undefined {
  const t = clean(text);
  const zip4 = ZIP_PLUS_4.exec(t);
  if (zip4) return zip4[1];
  return t.toLowerCase().replace(/[\s-]+/g, '') || undefined;
}

/**
 * country: lowercase ISO 3166-1 alpha-2, also from alpha-3 codes, every English short name
 * in ISO 3166-1 (in ISO's inverted form too: "Korea, Republic of") and common names ("UK").
 * An unknown value is dropped: a wrong code would hash to a different country.
 */
export function normalizeCountry(text: string): string | undefined {
  return countryCode(text);
}
