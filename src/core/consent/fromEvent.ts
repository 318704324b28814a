/**
 * The visitor's consent as the event itself records it: XDM's Consents and Preferences fields
 * (`xdm.consents`) and IAB TCF strings (`xdm.consentStrings[]`). Refusing data collection,
 * sharing with other parties or marketing each refuses sending to Meta; `personalize` and
 * `marketing.preferred` (a channel, not a choice) say nothing about it.
 */
import { isBlank, isPlainObject } from '../values';
import { at, textAt } from '../xdm/reader';
import { EVENT_CONSENT_PATHS, parseConsent, type Consent } from './choice';
import { TCF_PURPOSES_NEEDED, tcfPurposes } from './tcf';

export interface ConsentVerdict {
  choice: Consent;
  /** What decided, for the info line and the summary: a path and its value, never customer data. */
  by: string;
}

/** At most this many consent strings are read (an event has one or two). */
const MAX_STRINGS = 10;

/** The event's consent, or undefined when it has no consent field: a "no" first, then an unknown, then a yes. */
export function eventConsent(xdm: unknown): ConsentVerdict | undefined {
  const found: ConsentVerdict[] = [];
  for (const path of EVENT_CONSENT_PATHS) {
    const value = at(xdm, path);
    if (!isBlank(value)) found.push({ choice: parseConsent(value), by: `xdm.${path} is ${shown(value)}` });
  }
  const strings = at(xdm, 'consentStrings');
  if (Array.isArray(strings)) {
    strings.slice(0, MAX_STRINGS).forEach((item, i) => {
      const verdict = tcfVerdict(item, `xdm.consentStrings[${i}]`);
      if (verdict) found.push(verdict);
    });
  }
  return found.find((v) => v.choice === 'denied') ?? found.find((v) => v.choice === 'unknown') ?? found[0];
}

/** A TCF string counts only where GDPR applies (XDM's `gdprApplies`, false by default). */
function tcfVerdict(item: unknown, where: string): ConsentVerdict | undefined {
  if (!isPlainObject(item) || (item.gdprApplies !== true && item.gdprApplies !== 'true')) return undefined;
  if (!/\btcf\b/i.test(textAt(item, 'consentStandard') ?? '')) return undefined;
  const purposes = tcfPurposes(textAt(item, 'consentStringValue') ?? '');
  if (!purposes) return { choice: 'unknown', by: `${where} (IAB TCF) is not a TCF v2 string` };
  const missing = TCF_PURPOSES_NEEDED.filter((p) => !purposes.has(p));
  return missing.length
    ? { choice: 'denied', by: `${where} (IAB TCF) has no consent for purpose ${missing.join(', ')}` }
    : { choice: 'granted', by: `${where} (IAB TCF) consents to purposes ${TCF_PURPOSES_NEEDED.join(', ')}` };
}

/** A value as a message may show it: a short word quoted, else only its kind. */
export function shown(value: unknown): string {
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  if (typeof value === 'string' && /^[\w -]{1,20}$/.test(value.trim())) return `"${value.trim()}"`;
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : 'not a consent word';
}
