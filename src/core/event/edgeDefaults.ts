/** Values the incoming Edge event supplies when a setting is left blank. */

/** Where each default is read in `arc.event.xdm`, in order of preference (IPv6 first: Meta prefers it). */
const PATHS = {
  clientIpAddress: ['environment.ipV6', 'environment.ipV4'],
  clientUserAgent: ['environment.browserDetails.userAgent'],
  eventSourceUrl: ['web.webPageDetails.URL'],
  referrerUrl: ['web.webReferrer.URL'],
  timestamp: ['timestamp'],
};

export type EdgeDefault = keyof typeof PATHS;

/** A reader of the Edge event's defaults; each is looked up only when asked for (most settings are set). */
export function edgeDefaults(arc: unknown): (name: EdgeDefault) => string | undefined {
  const xdm = at(at(arc, 'event'), 'xdm');
  return (name) => {
    for (const path of PATHS[name]) {
      const value = path.split('.').reduce(at, xdm);
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return undefined;
  };
}

function at(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}
