/**
 * One consent vocabulary for the "Advertising consent" setting and the event's own consent
 * fields: what a value says about sharing the visitor's data with Meta for advertising.
 * A value is read in every shape a data element or XDM gives it: text in any case, a boolean,
 * a number, a list, an object holding `val` or `value` (XDM's consent objects), or XDM's whole
 * consents object (`collect`, `share`, `marketing.any`). Only what says neither yes nor no is
 * unknown; a list or an object with any "no" in it is a "no".
 */

export type Consent = 'granted' | 'denied' | 'unknown';

/**
 * Text is compared lowercase with spaces, dashes, underscores and dots removed, so `opt-out`,
 * `Opt_Out` and `opted out` all read the same. Adobe's codes: `y`, `dy` (default of yes) and the
 * legal bases other than consent (`LI` legitimate interest, `CT` contract, `CP` legal obligation,
 * `VI` vital interest, `PI` public interest: processing that needs no consent) grant; `n` and `dn`
 * (default of no) deny; `p` (pending) and `u` (unknown) say neither.
 */
const GRANTED = new Set([
  ...['y', 'yes', 'true', '1', 'granted', 'grant', 'given', 'accepted', 'accept', 'allowed', 'allow', 'agreed'],
  ...['agree', 'consented', 'optin', 'optedin', 'in', 'on', 'dy', 'li', 'ct', 'cp', 'vi', 'pi'],
]);
const DENIED = new Set([
  ...['n', 'no', 'false', '0', 'denied', 'deny', 'rejected', 'reject', 'refused', 'refuse', 'declined', 'decline'],
  ...['disallowed', 'disallow', 'disagreed', 'withdrawn', 'revoked', 'optout', 'optedout', 'out', 'off', 'dn'],
]);

/** The words the README lists, by verdict (the docs and the form's help are generated from these). */
export const CONSENT_WORDS = { granted: [...GRANTED], denied: [...DENIED] } as const;

/** How deep a value is looked into (`{consents: {marketing: {any: {val: …}}}}` at most): further is unknown. */
const MAX_DEPTH = 5;
/** The event's consent fields that decide, in the order consent/fromEvent.ts reads them. */
export const EVENT_CONSENT_PATHS = ['consents.collect.val', 'consents.share.val', 'consents.marketing.any.val'];
/** The keys of XDM's consents object on the way to them, for a whole consents object given as a value. */
const CONSENT_KEYS = [...new Set(EVENT_CONSENT_PATHS.flatMap((path) => path.split('.').slice(0, -1)))];

export function parseConsent(value: unknown, depth = 0): Consent {
  if (typeof value === 'boolean') return value ? 'granted' : 'denied';
  if (typeof value === 'number') return value === 1 ? 'granted' : value === 0 ? 'denied' : 'unknown';
  if (typeof value === 'string') return consentWord(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return 'unknown';
  if (Array.isArray(value)) return combine(value.slice(0, 10).map((item) => parseConsent(item, depth + 1)));
  const object = value as Record<string, unknown>;
  if ('val' in object) return parseConsent(object.val, depth + 1);
  if ('value' in object) return parseConsent(object.value, depth + 1);
  const parts = CONSENT_KEYS.filter((key) => key in object).map((key) => parseConsent(object[key], depth + 1));
  return combine(parts);
}

function consentWord(text: string): Consent {
  if (text.length > 40) return 'unknown';
  const word = text.toLowerCase().replace(/[\s._-]+/g, '');
  if (GRANTED.has(word)) return 'granted';
  if (DENIED.has(word)) return 'denied';
  return 'unknown';
}

/** Several answers as one: any "no" wins, then any unknown, then yes (none at all: unknown). */
function combine(choices: readonly Consent[]): Consent {
  if (choices.includes('denied')) return 'denied';
  if (!choices.length || choices.includes('unknown')) return 'unknown';
  return 'granted';
}
