/**
 * The consent gate: runs before anything else, so a visitor who said no has no customer data
 * normalized or hashed, and a skipped event is never refused for its other settings. The
 * "Advertising consent" setting decides when it gives a value (wholly: the event's own fields
 * are then not read); otherwise the event's consent fields do. A setting that gives nothing,
 * with an event that has no consent field, is unknown; neither set nor in the event: sent.
 */
import { CONSENT_FIELDS as C } from '../settings/actionFields';
import { parseField } from '../settings/field';
import { isBlank, isPlainObject } from '../values';
import { parseConsent } from './choice';
import { eventConsent, shown, type ConsentVerdict } from './fromEvent';

export type Gate = { send: true; limitedDataUse: boolean } | { send: false; skipped: string };

export function consentGate(settings: Record<string, unknown>, xdm: unknown): Gate {
  const consent = isPlainObject(settings.consent) ? settings.consent : {};
  const setting = `${C.value.label} (${C.value.id})`;
  // A consent data element that gives nothing leaves the event's own fields to decide; with none, it is unknown.
  const verdict: ConsentVerdict | undefined = isBlank(consent.value)
    ? (eventConsent(xdm) ?? ('value' in consent ? { choice: 'unknown', by: `${setting} is empty` } : undefined))
    : { choice: parseConsent(consent.value), by: `${setting} is ${shown(consent.value)}` };
  if (verdict?.choice === 'denied') {
    const policy = parseField(C.whenDenied, consent.whenDenied) ?? 'skip';
    if (policy === 'skip') return { send: false, skipped: `consent denied: ${verdict.by}` };
    return { send: true, limitedDataUse: true };
  }
  if (verdict?.choice === 'unknown' && (parseField(C.whenUnknown, consent.whenUnknown) ?? 'send') === 'skip') {
    return { send: false, skipped: `consent unknown: ${verdict.by}` };
  }
  return { send: true, limitedDataUse: false };
}
