/**
 * "Send test event": the request the preview shows, posted to Meta as a test event. Its body is
 * the one the action builds (prepareEvent, on the pasted event), with the token typed for the
 * test and a test event code, which every test request carries. It goes to the URL the action
 * would post to: the configured Graph version and base URL, under the action's host rules.
 */
import type { GraphFailure } from '../../core/errors';
import type { GraphRequest } from '../../core/graph/request';
import { classifyResponse, type GraphSuccess } from '../../core/graph/response';
import { redactValue } from '../../core/redact';
import { callGraph, type FetchLike } from './graphCall';

export type TestAnswer = { ok: true; success: GraphSuccess } | { ok: false; failure: GraphFailure };

/** The body's fields as Meta's form encoding takes them: `data` as JSON text, the others as they are. */
export function testFields(request: GraphRequest, testEventCode: string): Record<string, string> {
  const body = JSON.parse(request.body) as Record<string, unknown>;
  // The preview's credentials are stand-ins: the token comes with the call, and without the secret
  // there is no appsecret_proof.
  delete body.access_token;
  delete body.appsecret_proof;
  body.test_event_code = testEventCode;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

export async function sendTestEvent(
  request: GraphRequest,
  testEventCode: string,
  token: string,
  fetchImpl?: FetchLike,
): Promise<TestAnswer> {
  const reply = await callGraph(request.url, testFields(request, testEventCode), token, fetchImpl);
  if ('failure' in reply) return { ok: false, failure: reply.failure };
  const classified = classifyResponse(reply.status, reply.text);
  // Meta's messages are echoed as they came: any token in them is removed.
  return classified.ok
    ? { ok: true, success: redactValue(classified.success, [token]) }
    : { ok: false, failure: redactValue(classified.failure, [token]) };
}
