/** How a declaration reads its default from the incoming Edge event. */
import { numberFrom, valueAt } from '../values';

export interface EventContext {
  /** `arc.event.xdm`, whatever the customer's schema holds (every path is optional). */
  xdm: unknown;
  /** The value already resolved for a field declared earlier, by id. */
  got(id: string): unknown;
  /** The identityMap namespace that holds the customer's own ID (xdmMapping.externalIdNamespace). */
  externalIdNamespace?: string;
  nowMs: number;
  /** A note for the action's warnings (keys and counts only, never values). */
  warn(message: string): void;
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
