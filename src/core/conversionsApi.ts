/**
 * The whole job, runtime-neutral: settings and the Edge event in, one event posted to Meta's
 * Conversions API, a small JSON-safe summary out. Everything is validated before anything is sent.
 */
import { buildServerEvent } from './event/buildEvent';
import { buildGraphRequest, type GraphRequest } from './graph/request';
import { sendGraphRequest, type FetchLike, type RetryPolicy } from './graph/send';
import { resolveConnection } from './settings/connection';
import { isPlainObject } from './settings/parsers';

export interface EventSummary {
  event_name: string;
  event_id?: string;
  events_received?: number;
  fbtrace_id?: string;
  messages: unknown[];
  attempts: number;
  test_event_code?: string;
  /** What was dropped or defaulted while building (keys and counts, never values); absent when none. */
  warnings?: string[];
}

export interface PreparedEvent {
  request: GraphRequest;
  summary: Pick<EventSummary, 'event_name' | 'event_id' | 'test_event_code'>;
  warnings: string[];
  /** Values that must never leave in an error or log line. */
  secrets: string[];
}

/** Validates the settings and builds the request; throws a SettingError before anything is sent. */
export function prepareEvent(extensionSettings: unknown, settings: unknown, arc: unknown, nowMs: number): PreparedEvent {
  const action = isPlainObject(settings) ? settings : {};
  const connection = resolveConnection(extensionSettings, action);
  const { event, testEventCode, warnings } = buildServerEvent(settings, arc, nowMs);
  const request = buildGraphRequest(connection, event, testEventCode);
  return {
    request,
    summary: { event_name: event.event_name, event_id: event.event_id, test_event_code: testEventCode },
    warnings,
    secrets: [connection.accessToken, connection.appSecret].filter((s): s is string => !!s),
  };
}

export interface Logger {
  warn?(...args: unknown[]): void;
}

export interface SendEventInput {
  extensionSettings: unknown;
  settings: unknown;
  arc: unknown;
  fetch: FetchLike;
  logger?: Logger;
  now?: () => number;
  policy?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

export async function sendConversionsApiEvent(input: SendEventInput): Promise<EventSummary> {
  const now = input.now ?? Date.now;
  const prepared = prepareEvent(input.extensionSettings, input.settings, input.arc, now());
  for (const warning of prepared.warnings) input.logger?.warn?.(`Conversions API: ${warning}`);
  try {
    const result = await sendGraphRequest(prepared.request, { fetch: input.fetch, now, policy: input.policy, sleep: input.sleep });
    const summary = { ...prepared.summary, events_received: result.events_received, fbtrace_id: result.fbtrace_id, messages: result.messages, attempts: result.attempts, warnings: prepared.warnings.length ? prepared.warnings : undefined };
    // Plain JSON for the rule stash: no undefined keys.
    for (const key in summary) if (summary[key as keyof EventSummary] === undefined) delete summary[key as keyof EventSummary];
    return summary;
  } catch (error) {
    throw redact(error, prepared.secrets);
  }
}

/** Removes secrets from an error's message and stack (a proxy or server might echo them). */
function redact(error: unknown, secrets: string[]): unknown {
  if (!(error instanceof Error)) return error;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    error.message = error.message.split(secret).join('[redacted]');
    if (error.stack) error.stack = error.stack.split(secret).join('[redacted]');
  }
  return error;
}
