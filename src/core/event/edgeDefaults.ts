/** Values the incoming Edge event supplies when a setting is left blank. */

export interface EdgeDefaults {
  clientIpAddress?: string;
  clientUserAgent?: string;
  eventSourceUrl?: string;
  referrerUrl?: string;
  /** The XDM timestamp (ISO 8601), if any. */
  timestamp?: string;
}

/** Reads `arc.event.xdm`; anything missing or of the wrong type is simply absent. */
export function readEdgeDefaults(arc: unknown): EdgeDefaults {
  const xdm = pick(pick(arc, 'event'), 'xdm');
  const environment = pick(xdm, 'environment');
  const web = pick(xdm, 'web');
  return {
    // Meta prefers IPv6, and the Pixel reports it when the browser has one.
    clientIpAddress: text(pick(environment, 'ipV6')) ?? text(pick(environment, 'ipV4')),
    clientUserAgent: text(pick(pick(environment, 'browserDetails'), 'userAgent')),
    eventSourceUrl: text(pick(pick(web, 'webPageDetails'), 'URL')),
    referrerUrl: text(pick(pick(web, 'webReferrer'), 'URL')),
    timestamp: text(pick(xdm, 'timestamp')),
  };
}

function pick(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
