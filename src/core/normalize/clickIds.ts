/**
 * fbc and fbp, the Pixel's cookies: `fb.<subdomain index>.<creation time ms>.<fbclid or
 * random number>`, optionally followed by a Parameter Builder appendix (`.AQQCAQMC`). Meta
 * refuses an fbc in any other form (code 100, subcode 2804001), so one is never sent.
 */
import { firstPlain, isBlankValue } from './text';

const CLICK_ID = /^fb\.[0-9]\.[0-9]+\.[^\s.]+(?:\.[\w-]{1,32})?$/;

export function validClickId(value: string | number): boolean {
  return typeof value === 'string' && CLICK_ID.test(value);
}

export interface ChosenFbc {
  /** What to send as fbc (the configured value, or one built from the page URL's fbclid). */
  fbc: unknown;
  /** Set when the configured value was malformed and dropped (no value in it: the form only). */
  warning?: string;
}

/** The configured fbc when well formed; otherwise the one `fromUrl` builds from the page URL's fbclid, if any. */
export function chooseFbc(configured: unknown, fromUrl: () => string | undefined): ChosenFbc {
  if (isBlankValue(configured)) return { fbc: fromUrl() };
  if (firstPlain(configured, validClickId) !== undefined) return { fbc: configured };
  const rebuilt = fromUrl();
  const then = rebuilt
    ? 'built from the fbclid in the event source URL instead'
    : 'no fbclid in the event source URL to build one from';
  return {
    fbc: rebuilt,
    warning: `userData.fbc: not in the form fb.<subdomain index>.<creation time>.<fbclid>, so dropped; ${then}`,
  };
}
