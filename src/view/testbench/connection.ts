/**
 * "Check connection": asks Meta about the configured pixel with a token typed for the test
 * (`GET /{version}/{pixel_id}?fields=id,name,last_fired_time`), under the action's rules for the
 * base URL and version, and says in one line what it found. Then, where the token may read it,
 * Meta's own quality figures for the pixel's events (the Dataset Quality API).
 */
import { SettingError, type GraphFailure } from '../../core/errors';
import { classifyResponse, isPermissionCode } from '../../core/graph/response';
import { redactText } from '../../core/redact';
import { CONFIGURATION_FIELDS } from '../../core/settings/configurationFields';
import { resolveConnection } from '../../core/settings/connection';
import { holdsToken, isPlainObject } from '../../core/values';
import { labelled } from '../preview/problemSummary';
import { callGraph, type FetchLike } from './graphCall';
import { describeFailure } from './metaAnswer';

export interface ConnectionInput {
  /** The configuration's settings as the form holds them. */
  settings: Record<string, unknown>;
  token: string;
}

export type ConnectionResult =
  | { ok: true; line: string; details: string[]; quality: Quality }
  | { ok: false; line: string; fix: string; fbtraceId?: string };

type Quality = { events: EventQuality[] } | { unavailable: string; fix?: string };

export interface EventQuality {
  eventName: string;
  /** Event Match Quality, out of 10. */
  score?: number;
  matchKeys: { key: string; coverage?: number }[];
  dedupe: { key: string; server?: number; browser?: number; deduped?: number }[];
}

/** What is asked of the Dataset Quality API: per event name, Event Match Quality and the de-duplication keys. */
export const QUALITY_FIELDS =
  'web{event_name,event_match_quality{composite_score,match_key_feedback{identifier,coverage{percentage}}},' +
  'dedupe_key_feedback{dedupe_key,server_events_with_dedupe_key{percentage},' +
  'browser_events_with_dedupe_key{percentage},overall_browser_coverage_from_dedupe_key{percentage}}}';

const ROUTING = [
  CONFIGURATION_FIELDS.pixelId,
  CONFIGURATION_FIELDS.graphApiVersion,
  CONFIGURATION_FIELDS.graphApiBaseUrl,
];

export async function checkConnection(input: ConnectionInput, fetchImpl?: FetchLike): Promise<ConnectionResult> {
  const { settings, token } = input;
  const clean = (text: string) => redactText(text, [token]);
  for (const field of ROUTING) {
    const value = settings[field.path[0]];
    if (holdsToken(value))
      return {
        ok: false,
        line: `${field.label} is a data element (${String(value)}), which the form cannot resolve.`,
        fix: `Enter the ${field.label} itself to check the connection.`,
      };
  }
  let connection;
  try {
    connection = resolveConnection({ ...settings, accessToken: token, appSecret: undefined }, {});
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    return { ok: false, line: clean(labelled(error)), fix: 'Correct it above, then check again.' };
  }
  const { origin, version, pixel_id: pixelId } = connection.url;
  const reply = await callGraph(
    `${origin}/${version}/${pixelId}`,
    { method: 'get', fields: 'id,name,last_fired_time' },
    token,
    fetchImpl,
  );
  const pixel = 'status' in reply ? nodeIn(reply.status, reply.text) : undefined;
  if (!pixel) {
    const failure =
      'failure' in reply ? reply.failure : failureIn(reply.status, reply.text, 'the answer holds no pixel');
    const words = describeFailure(failure, pixelId);
    return {
      ok: false,
      line: clean(`Not connected. ${words.summary}`),
      fix: clean(words.fix),
      fbtraceId: failure.fbtraceId,
    };
  }
  const name = typeof pixel.name === 'string' && pixel.name ? `"${pixel.name}" ` : '';
  const details = [
    typeof pixel.last_fired_time === 'string'
      ? `Meta last received an event for it at ${pixel.last_fired_time}.`
      : 'Meta has received no event for it yet.',
    'Send a test event from an action to see Meta accept one.',
  ];
  return {
    ok: true,
    line: clean(`Connected: this access token can use pixel ${name}(${pixelId}).`),
    details: details.map(clean),
    quality: await quality(`${origin}/${version}/dataset_quality`, pixelId, token, fetchImpl),
  };
}

async function quality(url: string, pixelId: string, token: string, fetchImpl?: FetchLike): Promise<Quality> {
  const reply = await callGraph(url, { method: 'get', dataset_id: pixelId, fields: QUALITY_FIELDS }, token, fetchImpl);
  const body = 'status' in reply ? nodeIn(reply.status, reply.text) : undefined;
  if (!body || !Array.isArray(body.web)) {
    const failure =
      'failure' in reply ? reply.failure : failureIn(reply.status, reply.text, 'the answer holds no figures');
    const words = describeFailure(failure);
    const permission = failure.code !== undefined && isPermissionCode(failure.code);
    return {
      unavailable: redactText(words.summary, [token]),
      fix: permission
        ? 'Reading them needs a token with the ads_read and ads_management (or business_management) ' +
          'permissions on this pixel; a token generated in Events Manager has them.'
        : redactText(words.fix, [token]),
    };
  }
  return { events: body.web.filter(isPlainObject).map(eventQuality) };
}

/** Meta's error in an answer, classified as the action classifies it; `otherwise` when it holds none. */
function failureIn(status: number, text: string, otherwise: string): GraphFailure {
  const classified = classifyResponse(status, text);
  return classified.ok ? { message: otherwise, transient: false } : classified.failure;
}

/** A successful Graph answer's JSON object; undefined for an error or anything else. */
function nodeIn(status: number, text: string): Record<string, unknown> | undefined {
  if (status < 200 || status >= 300) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) && !('error' in value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function eventQuality(item: Record<string, unknown>): EventQuality {
  const emq = isPlainObject(item.event_match_quality) ? item.event_match_quality : {};
  const percent = (v: unknown) => (isPlainObject(v) && typeof v.percentage === 'number' ? v.percentage : undefined);
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isPlainObject) : []);
  return {
    eventName: typeof item.event_name === 'string' ? item.event_name : '(no event name)',
    score: typeof emq.composite_score === 'number' ? emq.composite_score : undefined,
    matchKeys: list(emq.match_key_feedback).map((k) => ({ key: String(k.identifier), coverage: percent(k.coverage) })),
    dedupe: list(item.dedupe_key_feedback).map((d) => ({
      key: String(d.dedupe_key),
      server: percent(d.server_events_with_dedupe_key),
      browser: percent(d.browser_events_with_dedupe_key),
      deduped: percent(d.overall_browser_coverage_from_dedupe_key),
    })),
  };
}
