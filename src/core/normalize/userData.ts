/**
 * user_data: every hashed key normalized, SHA-256 hashed and de-duplicated (one value is
 * sent as a string, several as a list); a value already hashed passes through; an unusable
 * value is dropped and counted, never hashed. Unhashed keys are sent trimmed, as given.
 */
import { sha256Hex } from '../hash/sha256';
import { isBlank } from '../values';
import { normalizeCountry } from './location';
import type { Normalizer } from './normalizer';
import { alreadyHashed, toTexts } from './text';

export type UserDataValue = string | number | string[];

export interface UserDataResult {
  userData: Record<string, UserDataValue>;
  /** How many values of each key were dropped as unusable (keys only: no values). */
  dropped: Record<string, number>;
}

/** One user_data key: hashed after `normalize` when it has one, else sent as given. */
export interface UserDataKey {
  key: string;
  normalize?: Normalizer;
}

/**
 * Keys with few possible normalized values (2 genders, ~250 countries, a few thousand states):
 * their hashes are kept, so an isolate serving many events hashes each value once.
 */
const FEW_VALUES = { ge: 1, country: 1, st: 1 };
const keptHashes = new Map<string, string>();
function cachedSha256(text: string): string {
  let hash = keptHashes.get(text);
  if (hash === undefined) {
    if (keptHashes.size >= 4096) keptHashes.clear();
    keptHashes.set(text, (hash = sha256Hex(text)));
  }
  return hash;
}

export function buildUserData(
  settings: Record<string, unknown>,
  keys: readonly UserDataKey[],
  nowMs: number,
  hash: (text: string) => string = sha256Hex,
): UserDataResult {
  const userData: Record<string, UserDataValue> = {};
  const dropped: Record<string, number> = {};
  // Only phones depend on the country: look it up once, and only when there is a phone.
  const context = { nowMs, country: settings.ph == null ? undefined : singleCountry(settings.country) };
  for (const { key, normalize } of keys) {
    const raw = settings[key];
    if (raw === undefined || raw === null) continue;
    if (normalize) {
      const hashes: string[] = [];
      const texts = toTexts(raw);
      let bad = texts.length === 0 && !isBlank(raw) ? 1 : 0;
      for (const text of texts) {
        if (!text.trim()) continue;
        const ready = alreadyHashed(text);
        const normalized = ready === undefined ? normalize(text, context) : undefined;
        const value = ready ?? (normalized === undefined ? undefined : key in FEW_VALUES && hash === sha256Hex ? cachedSha256(normalized) : hash(normalized));
        if (value === undefined) bad++;
        else if (!hashes.includes(value)) hashes.push(value);
      }
      if (bad) dropped[key] = bad;
      if (hashes.length) userData[key] = hashes.length === 1 ? hashes[0] : hashes;
    } else {
      const value = firstPlain(raw);
      if (value !== undefined) userData[key] = value;
      else if (typeof raw !== 'string' || raw.trim()) dropped[key] = 1;
    }
  }
  return { userData, dropped };
}

/** An unhashed key takes one value: a trimmed string, a number as given, or the first usable item of a list. */
function firstPlain(raw: unknown): string | number | undefined {
  if (typeof raw === 'string') return raw.trim() || undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const value = firstPlain(item);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The customer's country when the settings name exactly one (phones may need its calling code). */
function singleCountry(raw: unknown): string | undefined {
  const codes = new Set(toTexts(raw).map((text) => normalizeCountry(text)).filter(Boolean));
  return codes.size === 1 ? [...codes][0] : undefined;
}
