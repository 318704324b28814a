/**
 * When the rule engine started this action. Adobe's engine (reactor-turbine-edge) starts its
 * 30 s module timeout, logs `Calling "<module>" module from the "<extension>" extension.`,
 * then resolves every data element in the settings, and only then calls the module. So the
 * module is called late by however long the data elements took; that log line's timestamp
 * is the real start. Without it (another runtime), the call time is the start.
 */
import { EXTENSION_DISPLAY_NAME } from '../core/constants';

interface LogEntry {
  timestampMs?: unknown;
  messages?: unknown;
}

const CALLING = `module from the "${EXTENSION_DISPLAY_NAME}" extension.`;
/** A start older than this is not this call's (the engine would have given up long ago). */
const MAX_LOOKBACK_MS = 60_000;

export function engineStartedAt(logger: unknown, calledAt: number): number {
  const logs = readLogs(logger);
  // This extension has no data elements, so its latest "Calling" line is this action's.
  for (let i = logs.length - 1; i >= 0; i--) {
    const { timestampMs, messages } = logs[i] ?? {};
    if (
      !Array.isArray(messages) ||
      !messages.some((m) => typeof m === 'string' && m.startsWith('Calling "') && m.endsWith(CALLING))
    )
      continue;
    const at = typeof timestampMs === 'number' ? timestampMs : NaN;
    // The engine's timestamps may run a few ms ahead of the clock (it keeps them increasing).
    return at <= calledAt + 50 && at >= calledAt - MAX_LOOKBACK_MS ? Math.min(at, calledAt) : calledAt;
  }
  return calledAt;
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
