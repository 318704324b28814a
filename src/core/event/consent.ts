/**
 * The consent gate: runs before anything else, so a visitor who said no has no customer data
 * normalized or hashed, and a skipped event is never refused for its other settings.
 */
import { CONSENT_FIELDS as C, parseConsent } from '../settings/actionFields';
import { parseField } from '../settings/field';
import { isPlainObject } from '../values';

export type Gate =
  { send: true; limitedDataUse: boolean } | { send: false; skipped: 'consent denied' | 'consent unknown' };

/** No `consent.value` setting: no gate. */
export function consentGate(settings: Record<string, unknown>): Gate {
  const consent = settings.consent;
  if (!isPlainObject(consent) || !('value' in consent)) return { send: true, limitedDataUse: false };
  const choice = parseConsent(consent.value);
  if (choice === 'denied') {
    const policy = parseField(C.whenDenied, consent.whenDenied) ?? 'skip';
    return policy === 'skip' ? { send: false, skipped: 'consent denied' } : { send: true, limitedDataUse: true };
  }
  if (choice === 'unknown' && (parseField(C.whenUnknown, consent.whenUnknown) ?? 'send') === 'skip') {
    return { send: false, skipped: 'consent unknown' };
  }
  return { send: true, limitedDataUse: false };
}
