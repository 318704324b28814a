/** Values the incoming Edge event supplies when a setting is left blank. */

export interface EdgeDefaults {
  clientIpAddress?: string;
  clientUserAgent?: string;
  eventSourceUrl?: string;
  referrerUrl?: string;
  /** The XDM timestamp (ISO 8601), if any. */
  timestamp?: string;
}

/** Reads `arc.event.xdm`; anything missing or not non-blank text is absent. IPv6 first: Meta prefers it. */
export function readEdgeDefaults(arc: unknown): EdgeDefaults {
  const xdm = (path: string) => text(path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), pick(arc)));
  return {
    clientIpAddress: xdm('environment.ipV6') ?? xdm('environment.ipV4'),
    clientUserAgent: xdm('environment.browserDetails.userAgent'),
    eventSourceUrl: xdm('web.webPageDetails.URL'),
    referrerUrl: xdm('web.webReferrer.URL'),
    timestamp: xdm('timestamp'),
  };
}

/** arc.event.xdm, when there is one. */
function pick(arc: unknown): unknown {
  const event = arc && typeof arc === 'object' ? (arc as { event?: unknown }).event : undefined;
  return event && typeof event === 'object' ? (event as { xdm?: unknown }).xdm : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
