/** How a declaration reads its default from the incoming Edge event. */
import { isPlainObject, numberFrom, valueAt } from '../values';

export interface EventContext {
  /** `arc.event.xdm`, whatever the customer's schema holds (every path is optional). */
  xdm: unknown;
  /** `arc.request`: the Edge request the event came in (its headers, and the request-level `body.xdm`). */
  request?: unknown;
  /** The value already resolved for a field declared earlier, by id. */
  got(id: string): unknown;
  /** The identityMap namespace that holds the customer's own ID (xdmMapping.externalIdNamespace). */
  externalIdNamespace?: string;
  nowMs: number;
  /** A note for the action's warnings about the field being read (keys, paths and counts, never values). */
  warn(message: string): void;
  /**
   * The event has a value for the field being read that cannot be used (`xdm.commerce.order.currencyCode
   * is not a three-letter code`): named as such, never as missing, in a warning or in the refusal.
   */
  unusable(note: string): void;
}

export type EventReader = (event: EventContext) => unknown;

const split = new Map<string, string[]>();

/** The value at a dotted path, e.g. `commerce.order.priceTotal` (paths are few and fixed: split once). */
export function at(root: unknown, path: string): unknown {
  let keys = split.get(path);
  if (!keys) split.set(path, (keys = path.split('.')));
  return valueAt(root, keys);
}

/** Trimmed non-blank text at a path (numbers as text), else undefined. */
export function textAt(root: unknown, path: string): string | undefined {
  const value = at(root, path);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A finite number at a path (or its digits as text), else undefined. */
export function numberAt(root: unknown, path: string): number | undefined {
  return numberFrom(at(root, path));
}

/** The first path with non-blank text. */
export function firstText(root: unknown, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    const text = textAt(root, path);
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * The request-level XDM (`arc.request.body.xdm`): the Mobile SDK sends `implementationDetails`
 * and `identityMap` there, once for all the events of a request.
 */
function requestXdm({ request }: Pick<EventContext, 'request'>): unknown {
  return at(request, 'body.xdm');
}

/** Text at a path of the event's XDM, else of the request's. */
export function eventOrRequestText(event: Pick<EventContext, 'xdm' | 'request'>, path: string): string | undefined {
  return textAt(event.xdm, path) ?? textAt(requestXdm(event), path);
}

/** The event's identityMap, else the request's. */
export function identityMapOf(event: Pick<EventContext, 'xdm' | 'request'>): Record<string, unknown> | undefined {
  const own = at(event.xdm, 'identityMap');
  if (isPlainObject(own)) return own;
  const shared = at(requestXdm(event), 'identityMap');
  return isPlainObject(shared) ? shared : undefined;
}
