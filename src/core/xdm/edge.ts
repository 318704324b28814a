/**
 * Values every Edge event carries, used whenever the setting is blank (with or without the XDM
 * mapping): the browser's IP address and user agent, the page, the referrer and the time.
 */
import { isHttpUrl } from '../values';
import { firstText, textAt, type EventContext } from './reader';

/** IPv6 first: Meta prefers it, and the Pixel reports it when the browser has one. */
export const clientIpAddress = ({ xdm }: EventContext) => firstText(xdm, ['environment.ipV6', 'environment.ipV4']);
export const clientUserAgent = ({ xdm }: EventContext) => textAt(xdm, 'environment.browserDetails.userAgent');

/** Only http(s) pages: an app may send other schemes. */
export function pageUrl({ xdm }: EventContext): string | undefined {
  return httpUrl(textAt(xdm, 'web.webPageDetails.URL'));
}

export function referrerUrl({ xdm }: EventContext): string | undefined {
  return httpUrl(textAt(xdm, 'web.webReferrer.URL'));
}

export const timestamp = ({ xdm }: EventContext) => textAt(xdm, 'timestamp');

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
