/**
 * IAB TCF v2 consent strings (XDM `consentStrings[]`), read as far as the purposes the visitor
 * consented to. Sending a conversion to Meta for advertising needs purposes 1 (store and access
 * information on a device), 3 and 4 (create and use a personalised advertising profile) and 7
 * (measure advertising performance); TCF allows no legitimate interest for 3 and 4. Only the
 * purposes are read, not the vendor sections.
 */
/** Purpose consents start after the core segment's fixed fields (TCF v2.x, "Core string"). */
const PURPOSES_AT = 152;
const PURPOSE_COUNT = 24;
/** Enough base64url characters for those bits (6 bits each). */
const CHARS_NEEDED = Math.ceil((PURPOSES_AT + PURPOSE_COUNT) / 6);
export const TCF_PURPOSES_NEEDED = [1, 3, 4, 7] as const;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The purposes consented to in a TCF v2 string, or undefined when it is not one. */
export function tcfPurposes(tcString: string): Set<number> | undefined {
  const core = tcString.trim().split('.', 1)[0];
  if (core.length < CHARS_NEEDED) return undefined;
  let bits = '';
  for (let i = 0; i < CHARS_NEEDED; i++) {
    // Some CMPs write standard base64: + and / read as - and _.
    const ch = core[i] === '+' ? '-' : core[i] === '/' ? '_' : core[i];
    const n = ALPHABET.indexOf(ch);
    if (n < 0) return undefined;
    bits += n.toString(2).padStart(6, '0');
  }
  if (parseInt(bits.slice(0, 6), 2) !== 2) return undefined;
  const purposes = new Set<number>();
  for (let p = 1; p <= PURPOSE_COUNT; p++) if (bits[PURPOSES_AT + p - 1] === '1') purposes.add(p);
  return purposes;
}
