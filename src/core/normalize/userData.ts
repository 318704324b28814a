/**
 * user_data: every hashed key normalized, SHA-256 hashed and de-duplicated (one value is
 * sent as a string, several as a list, at most MAX_VALUES_PER_KEY); a value already hashed
 * passes through; an unusable value is dropped and counted, never hashed. Unhashed keys are
 * sent trimmed, as given, when Meta would accept them. Blank values (see isBlankText) are skipped.
 * The work is linear in the number of values: a browser can send very long lists.
 */
import { sha256Hex } from '../hash/sha256';
import { normalizeCountry } from './location';
import type { NormalizeContext, Normalizer } from './normalizer';
import { alreadyHashed, firstPlain, isBlankText, isBlankValue, toTexts } from './text';

export type UserDataValue = string | number | string[];

export interface UserDataResult {
  userData: Record<string, UserDataValue>;
  /** How many values of each key were dropped as unusable (keys only: no values). */
  dropped: Record<string, number>;
  /** How many distinct values of each key were dropped beyond MAX_VALUES_PER_KEY. */
  overflow: Record<string, number>;
}

/** Distinct values sent per key; more would only slow matching down (a customer has a few emails, not hundreds). */
export const MAX_VALUES_PER_KEY = 100;

/** One user_data key: hashed after `normalize` when it has one, else sent as given when `accept` takes it. */
export interface UserDataKey {
  key: string;
  normalize?: Normalizer;
  /** The form Meta checks an unhashed key for (fbc, fbp, the user agent). */
  accept?: (value: string | number) => boolean;
}

export function buildUserData(
  settings: Record<string, unknown>,
  keys: readonly UserDataKey[],
  nowMs: number,
  hash: (text: string) => string = sha256Hex,
): UserDataResult {
  const userData: Record<string, UserDataValue> = {};
  const dropped: Record<string, number> = {};
  const overflow: Record<string, number> = {};
  // Only phones depend on the country: look it up once, and only when there is a phone.
  const context = { nowMs, country: settings.ph == null ? undefined : singleCountry(settings.country) };
  for (const { key, normalize, accept } of keys) {
    const raw = settings[key];
    if (isBlankValue(raw)) continue;
    if (normalize) {
      const texts = toTexts(raw);
      if (texts.length === 1) {
        // The common case, one value: nothing to de-duplicate.
        if (isBlankText(texts[0])) continue;
        const value = hashOne(texts[0], normalize, context, hash);
        if (value !== undefined) userData[key] = value;
        else dropped[key] = 1;
        continue;
      }
      const sent = new Set<string>();
      // Normalized texts (or hashes given) already handled: a repeat costs no hashing.
      const seen = new Set<string>();
      let bad = texts.length === 0 ? 1 : 0;
      let extra = 0;
      for (const text of texts) {
        if (isBlankText(text)) continue;
        const ready = alreadyHashed(text);
        const normalized = ready ?? normalize(text, context);
        if (normalized === undefined) {
          bad++;
          continue;
        }
        if (seen.has(normalized)) continue;
        seen.add(normalized);
        if (sent.size >= MAX_VALUES_PER_KEY) extra++;
        else sent.add(ready ?? hash(normalized));
      }
      if (bad) dropped[key] = bad;
      if (extra) overflow[key] = extra;
      if (sent.size) userData[key] = sent.size === 1 ? sent.values().next().value! : [...sent];
    } else {
      const value = firstPlain(raw, accept);
      if (value !== undefined) userData[key] = value;
      else dropped[key] = 1;
    }
  }
  return { userData, dropped, overflow };
}

/** One value as sent: passed through when already hashed, else normalized and hashed; undefined when unusable. */
function hashOne(
  text: string,
  normalize: Normalizer,
  context: NormalizeContext,
  hash: (text: string) => string,
): string | undefined {
  const ready = alreadyHashed(text);
  if (ready !== undefined) return ready;
  const normalized = normalize(text, context);
  return normalized === undefined ? undefined : hash(normalized);
}

/** The customer's country when the settings name exactly one (phones may need its calling code). */
function singleCountry(raw: unknown): string | undefined {
  const codes = new Set<string>();
  for (const text of toTexts(raw)) {
    const code = normalizeCountry(text);
    if (code) codes.add(code);
    if (codes.size > 1) return undefined;
  }
  return codes.size === 1 ? [...codes][0] : undefined;
}
