/**
 * When the rule engine started this action. Adobe's engine (reactor-turbine-edge 3) starts the
 * module's 30 s timeout, logs one entry for the call, resolves the data elements in the settings,
 * and only then calls the module: so the module is called late by however long the data elements
 * took, and that entry's time is the real start.
 *
 * Only the engine's own entry counts, known by its shape, its place and its time:
 * - its messages are exactly `🚀`, `Calling "<module>" module from the "<extension>" extension.`,
 *   `Event: `, the event, `Rule Stash: `, the stash. A value (a data element's, a fetched body)
 *   reaches the logs only as one message of an entry of another shape;
 * - it is the last entry, or the next one is the engine's `Resolving the data element "…".`, since
 *   the engine starts resolving right after it. Whatever a data element logs comes later, and is
 *   followed by the engine's entry for that data element's module returning;
 * - its time is no later than the call.
 * Without such an entry (another runtime or engine), the budget counts from the call.
 */
import { EXTENSION_DISPLAY_NAME } from '../core/constants';

interface LogEntry {
  timestampMs?: unknown;
  messages?: unknown;
}

/** The engine's prefix of every entry. */
const ROCKET = '\u{1F680}';
const CALLING = 'Calling "';
const FROM_THIS_EXTENSION = `" module from the "${EXTENSION_DISPLAY_NAME}" extension.`;
const RESOLVING = 'Resolving the data element "';

export function engineStartedAt(logger: unknown, calledAt: number): number {
  const logs = readLogs(logger);
  // This extension has no data elements, so its latest call entry is this action's.
  for (let i = logs.length - 1; i >= 0; i--) {
    if (!isCallEntry(logs[i]) || (i < logs.length - 1 && !isResolvingEntry(logs[i + 1]))) continue;
    const at = logs[i].timestampMs;
    // The engine's timestamps may run a few ms ahead of the clock (it keeps them increasing).
    return typeof at === 'number' && Number.isFinite(at) ? Math.min(at, calledAt) : calledAt;
  }
  return calledAt;
}

function isCallEntry(entry: LogEntry | undefined): boolean {
  const m = entry?.messages;
  return (
    Array.isArray(m) &&
    m.length === 6 &&
    m[0] === ROCKET &&
    typeof m[1] === 'string' &&
    m[1].startsWith(CALLING) &&
    m[1].endsWith(FROM_THIS_EXTENSION) &&
    m[2] === 'Event: ' &&
    m[4] === 'Rule Stash: '
  );
}

function isResolvingEntry(entry: LogEntry | undefined): boolean {
  const m = entry?.messages;
  return (
    Array.isArray(m) && m.length === 2 && m[0] === ROCKET && typeof m[1] === 'string' && m[1].startsWith(RESOLVING)
  );
}

function readLogs(logger: unknown): LogEntry[] {
  try {
    const getJsonLogs = (logger as { getJsonLogs?: unknown } | undefined)?.getJsonLogs;
    const logs = typeof getJsonLogs === 'function' ? getJsonLogs.call(logger) : undefined;
    return Array.isArray(logs) ? logs : [];
  } catch {
    return [];
  }
}
