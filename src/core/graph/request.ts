/** The Graph API request: POST {base}/{version}/{pixel}/events with the token in the JSON body. */
import type { ServerEvent } from '../event/buildEvent';
import { hmacSha256Hex } from '../hash/sha256';
import type { Connection } from '../settings/connection';

export interface GraphRequest {
  /** Holds no secret: safe to log. */
  url: string;
  /** JSON; holds the access token (never log it). */
  body: string;
  headers: Record<string, string>;
}

/**
 * Headers are a plain object: the platform's fetch wrapper spreads them, and would lose a Headers
 * instance. Meta's answers are a few hundred bytes, so they are asked for unencoded: then their
 * declared length bounds them, and they are read in one call (send.ts).
 */
export function buildGraphRequest(connection: Connection, event: ServerEvent, testEventCode?: string): GraphRequest {
  const { graphApiBaseUrl, graphApiVersion, pixelId, accessToken, appSecret } = connection;
  const payload: Record<string, unknown> = { data: [event] };
  if (testEventCode) payload.test_event_code = testEventCode;
  if (appSecret) payload.appsecret_proof = hmacSha256Hex(appSecret, accessToken);
  // In the body, not the URL: URLs are logged by proxies and the platform.
  payload.access_token = accessToken;
  return {
    url: `${graphApiBaseUrl}/${graphApiVersion}/${pixelId}/events`,
    body: JSON.stringify(payload),
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'identity' },
  };
}
