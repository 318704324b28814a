/** The Graph API request: POST {base}/{version}/{pixel}/events with the token in the JSON body. */
import type { ServerEvent } from '../event/buildEvent';
import type { Connection } from '../settings/connection';

export interface GraphRequest {
  /** Holds no secret: safe to log. */
  url: string;
  /** JSON; holds the access token (never log it). */
  body: string;
  headers: Record<string, string>;
}

/**
 * The event, the body keys the action's settings give (test_event_code), then the connection's
 * (the access token, in the body, not the URL: URLs are logged by proxies and the platform).
 * Headers are a plain object: the platform's fetch wrapper spreads them, and would lose a Headers
 * instance. Meta's answers are a few hundred bytes, so they are asked for unencoded: then their
 * declared length bounds them, and they are read in one call (send.ts).
 */
export function buildGraphRequest(
  connection: Connection,
  event: ServerEvent,
  body: Record<string, unknown> = {},
): GraphRequest {
  const { origin, version, pixel_id } = connection.url;
  return {
    url: `${origin}/${version}/${pixel_id}/events`,
    body: JSON.stringify({ data: [event], ...body, ...connection.body }),
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'identity' },
  };
}
