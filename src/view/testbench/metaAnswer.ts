/**
 * Meta's answer in plain words: what the numbers of a Graph error mean and what to do about
 * them, as the README's troubleshooting table says. The failure itself comes from the core's
 * classification (classifyResponse), the one the action uses, and so do the groups of codes.
 */
import type { GraphFailure } from '../../core/errors';
import { isPermissionCode, isRateLimitCode, TEMPORARY_CODES } from '../../core/graph/response';

export interface FailureWords {
  /** One line: who answered what, with the codes, and Meta's own message. */
  summary: string;
  /** What to do. */
  fix: string;
}

const TOKEN_FIX =
  'Generate a new access token in Events Manager > your pixel > Settings > Conversions API, ' +
  'and update the Secret that holds it.';

export function describeFailure(failure: GraphFailure, pixelId?: string): FailureWords {
  const codes = [
    failure.status ? `HTTP ${failure.status}` : undefined,
    failure.code !== undefined ? `code ${failure.code}` : undefined,
    failure.subcode !== undefined ? `subcode ${failure.subcode}` : undefined,
  ].filter(Boolean);
  const said = failure.title ? `${failure.title}: ${failure.message}` : failure.message;
  const who = failure.status === undefined ? 'Meta could not be reached' : 'Meta answered with an error';
  return {
    summary: `${who}${codes.length ? ` (${codes.join(', ')})` : ''}: ${said}`,
    fix: fixFor(failure, pixelId),
  };
}

function fixFor({ status, code, subcode, message, transient }: GraphFailure, pixelId = 'this ID'): string {
  if (code === 190 || code === 102) return `The access token is invalid, expired or revoked. ${TOKEN_FIX}`;
  if (code === 104) return 'No access token reached Meta: type it in "Access token for this test".';
  if (code === 100 && subcode === 33)
    return (
      `Meta finds no pixel or dataset ${pixelId} that this token may use: the ID is wrong, or the token was ` +
      'not generated for it. Check the Pixel ID in Events Manager > Data sources, and generate the token from ' +
      "that pixel's Settings."
    );
  if (code === 100 && /nonexisting field/i.test(message)) {
    const type = /on node type \(([^)]+)\)/.exec(message)?.[1];
    const read = type ? ` (Meta reads it as a ${type})` : '';
    return `ID ${pixelId} is not a pixel or dataset${read}: enter your pixel's ID.`;
  }
  if (code === 100 && /appsecret_proof/i.test(message))
    return (
      'Your Meta app requires appsecret_proof, which a test from the browser cannot send: use a token generated ' +
      'in Events Manager (it needs none), or fill App secret in the extension configuration and test from a rule.'
    );
  if (code === 100) return PARAMETER_FIXES[subcode ?? 0] ?? "Fix the parameter Meta's message names.";
  if (code === 3) return 'The token cannot call this method: check the token type and the Graph API base URL.';
  if (code !== undefined && isPermissionCode(code))
    return (
      "Permission denied: give the token's system user access to the pixel or dataset in Business settings, " +
      'or generate the token again in Events Manager.'
    );
  if (code === 2635)
    return 'This Graph API version is deprecated: clear Graph API version to use the default, or enter a current one.';
  if (code !== undefined && isRateLimitCode(code))
    return 'Meta is limiting the number of calls: wait a minute, then try again.';
  if ((code !== undefined && TEMPORARY_CODES.has(code)) || transient || status === 429 || (status ?? 0) >= 500)
    return "A temporary problem at Meta: try again in a moment. If it persists, check Meta's status page.";
  if (status === undefined)
    return (
      'Check the Graph API base URL and your network. A browser can only read answers the server lets it read ' +
      "(CORS): use Meta's own host, or a local test server that allows it."
    );
  return "Read Meta's message above; the README's troubleshooting table lists what each code means.";
}

/** The fixes for Meta's parameter errors (code 100) the README lists, by subcode. */
const PARAMETER_FIXES: Record<number, string> = {
  2804003:
    'The event time is more than 7 days old (62 for physical_store): check its unit and source. ' +
    'The action refuses these itself, so the clocks disagree.',
  2804001: 'fbc is not fb.<index>.<ms>.<fbclid>: pass the _fbc cookie unchanged, or leave Click ID blank.',
  2804009: 'A Purchase needs custom_data.value: map Value (and Currency) in Custom Data.',
  2804019:
    "A parameter is missing or unexpected; Meta's message names it. App-only keys such as " +
    'advertiser_tracking_enabled belong in App data (JSON).',
  2804030: 'Set the LDU country and state (0 and 0 let Meta geolocate from the IP address).',
};
