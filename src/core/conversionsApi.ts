/**
 * The whole job, runtime-neutral: settings and the Edge event in, one event posted to Meta's
 * Conversions API, a small JSON-safe summary out. Everything is validated before anything is sent.
 */
import { buildServerEvent, type BuildOptions, type BuiltEvent } from './event/buildEvent';
import { consentGate } from './consent/gate';
import { describeKeysSent } from './event/matchQuality';
import { buildGraphRequest, type GraphRequest } from './graph/request';
import { sendGraphRequest, type FetchLike, type RetryPolicy } from './graph/send';
import { redactError, redactText, redactValue } from './redact';
import { resolveConnection } from './settings/connection';
import { isPlainObject, valueAt } from './values';

export interface EventSummary {
  event_name: string;
  event_id?: string;
  events_received?: number;
  fbtrace_id?: string;
  messages: unknown[];
  attempts: number;
  test_event_code?: string;
  /** What was dropped or ignored, by setting (keys and counts, never values). */
  warnings?: string[];
}

/** The event was not sent, by design (consent, or no Meta event for its type): nothing was built or sent. */
export interface SkippedSummary {
  /** Why, in words that name what decided (e.g. `consent denied (xdm.consents.share.val is "n")`). */
  skipped: string;
}

export interface PreparedEvent {
  request: GraphRequest;
  built: BuiltEvent;
  /** Values that must never leave in an error, a log line or a result. */
  secrets: string[];
}

export type Prepared = PreparedEvent | SkippedSummary;

/** Validates the settings and builds the request; throws a SettingError before anything is sent. */
export function prepareEvent(
  extensionSettings: unknown,
  settings: unknown,
  arc: unknown,
  options: Omit<BuildOptions, 'limitedDataUse'>,
): Prepared {
  const gate = consentGate(isPlainObject(settings) ? settings : {}, valueAt(arc, ['event', 'xdm']));
  if (!gate.send) return { skipped: gate.skipped };
  const connection = resolveConnection(extensionSettings, settings);
  const built = buildServerEvent(settings, arc, { ...options, limitedDataUse: gate.limitedDataUse });
  if ('skipped' in built) return built;
  return { request: buildGraphRequest(connection, built.event, built.body), built, secrets: connection.secrets };
}

interface Logger {
  debug?(...args: unknown[]): void;
  info?(...args: unknown[]): void;
  warn?(...args: unknown[]): void;
}

export interface SendEventInput {
  extensionSettings: unknown;
  settings: unknown;
  arc: unknown;
  fetch: FetchLike;
  logger?: Logger;
  now?: () => number;
  /** When the engine started the action (the send budget counts from then); `now()` by default. */
  startedAt?: number;
  policy?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

export async function sendConversionsApiEvent(input: SendEventInput): Promise<EventSummary | SkippedSummary> {
  const now = input.now ?? Date.now;
  const startedAt = input.startedAt ?? now();
  const prepared = prepareEvent(input.extensionSettings, input.settings, input.arc, { nowMs: now() });
  if ('skipped' in prepared) {
    input.logger?.info?.(`Conversions API: event not sent: ${prepared.skipped}.`);
    return prepared;
  }
  const { built } = prepared;
  const warnings = built.warnings.map((warning) => redactText(warning, prepared.secrets));
  for (const warning of warnings) input.logger?.warn?.(`Conversions API: ${warning}`);
  input.logger?.debug?.(`Conversions API: ${describeKeysSent(built)}`);
  try {
    const result = await sendGraphRequest(prepared.request, {
      fetch: input.fetch,
      now,
      startedAt,
      policy: input.policy,
      sleep: input.sleep,
    });
    // Plain JSON for the rule stash: only keys with a value.
    const summary = { event_name: built.event.event_name } as EventSummary;
    if (built.event.event_id !== undefined) summary.event_id = built.event.event_id;
    if (result.events_received !== undefined) summary.events_received = result.events_received;
    if (result.fbtrace_id !== undefined) summary.fbtrace_id = result.fbtrace_id;
    summary.messages = result.messages;
    summary.attempts = result.attempts;
    if (built.body.test_event_code !== undefined) summary.test_event_code = built.body.test_event_code as string;
    if (warnings.length) summary.warnings = warnings;
    // Meta's answer (messages, fbtrace_id) may echo a secret.
    return redactValue(summary, prepared.secrets);
  } catch (error) {
    throw redactError(error, prepared.secrets);
  }
}
