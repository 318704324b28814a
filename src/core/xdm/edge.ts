/**
 * Values every Edge event carries, used whenever the setting is blank (with or without the XDM
 * mapping): the browser's IP address and user agent, the page, the referrer and the time.
 */
import { parseEventTime } from '../settings/eventTime';
import { isHttpUrl, isPlainObject } from '../values';
import { at, textAt, type EventContext } from './reader';

/** `0.0.0.0` or an IPv6 of zeros only: what the datastream's Full IP obfuscation leaves. */
const ZERO_IP = /^(?:0+\.0+\.0+\.0+|[0:]+)$/;

/** IPv6 first: Meta prefers it, and the Pixel reports it when the browser has one. An all-zero address is none. */
export function clientIpAddress(event: EventContext): string | undefined {
  for (const path of ['environment.ipV6', 'environment.ipV4']) {
    const ip = textAt(event.xdm, path);
    if (ip === undefined) continue;
    if (!ZERO_IP.test(ip)) return ip;
    event.unusable(
      `xdm.${path} is all zeros: the datastream's IP Obfuscation is set to Full, so there is no client IP to send`,
    );
  }
  return undefined;
}

/**
 * XDM's user agent (the Edge fills it under the datastream's default device lookup), else, for
 * website events, the request's `User-Agent` header (the other device-lookup settings leave XDM
 * without one).
 */
export function clientUserAgent(event: EventContext): string | undefined {
  const own = textAt(event.xdm, 'environment.browserDetails.userAgent');
  if (own || event.got('serverEvent.action_source') !== 'website') return own;
  return header(event.request, 'user-agent');
}

/** A request header by name in any case (`arc.request.header.httpHeaders`), one value or the first of a list. */
function header(request: unknown, name: string): string | undefined {
  const headers = at(request, 'header.httpHeaders');
  if (!isPlainObject(headers)) return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim()) return first.trim();
  }
  return undefined;
}

/** Only http(s) pages: an app or a browser's own page (`about:blank`, `file:`) is no event source URL. */
export function pageUrl({ xdm }: EventContext): string | undefined {
  return httpUrl(textAt(xdm, 'web.webPageDetails.URL'));
}

export function referrerUrl({ xdm }: EventContext): string | undefined {
  return httpUrl(textAt(xdm, 'web.webReferrer.URL'));
}

/** The event's time in Unix seconds; a timestamp that is not a date-time is unusable. */
export function timestamp(event: EventContext): number | undefined {
  const text = textAt(event.xdm, 'timestamp');
  if (text === undefined) return undefined;
  try {
    return parseEventTime(text, 'xdm.timestamp');
  } catch {
    event.unusable('xdm.timestamp is not a date-time');
    return undefined;
  }
}

/** fbc as the Pixel builds it from a landing page's fbclid: fb.1.<ms>.<fbclid>, the fbclid unchanged. */
export function clickIdFromUrl({ got }: EventContext): string | undefined {
  return fbcFromUrl(got('serverEvent.event_source_url'), got('serverEvent.event_time'));
}

function fbcFromUrl(url: unknown, eventTime: unknown): string | undefined {
  if (typeof url !== 'string' || !url.includes('fbclid=') || typeof eventTime !== 'number' || !URL.canParse(url))
    return undefined;
  const fbclid = new URL(url).searchParams.get('fbclid')?.trim();
  return fbclid ? `fb.1.${eventTime * 1000}.${fbclid}` : undefined;
}

function httpUrl(text: string | undefined): string | undefined {
  return text && isHttpUrl(text) ? text : undefined;
}
