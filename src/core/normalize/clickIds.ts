/**
 * fbc and fbp, the Pixel's cookies: `fb.<subdomain index>.<creation time ms>.<fbclid or
 * random number>`, optionally followed by a Parameter Builder appendix (`.AQQCAQMC`). Meta
 * refuses an fbc in any other form (code 100, subcode 2804001), so one is never sent.
 */

const CLICK_ID = /^fb\.[0-9]\.[0-9]+\.[^\s.]+(?:\.[\w-]{1,32})?$/;

export function validClickId(value: string | number): boolean {
  return typeof value === 'string' && CLICK_ID.test(value);
}
