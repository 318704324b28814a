/**
 * A Graph API call from the view's page. It is sent as Meta's own browser SDK sends Graph calls:
 * a POST of form fields, the method (`get` for a read) and the access token among them, so the
 * token is in no URL and the browser needs no CORS preflight. Redirects are never followed: the
 * request carries the token. Nothing here keeps the token, and no message it returns holds it.
 */
import type { GraphFailure } from '../../core/errors';
import { redirectFailure } from '../../core/graph/response';
import { redactText } from '../../core/redact';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** What came back: the status and the text of the answer, or why there is none. */
export type GraphReply = { status: number; text: string } | { failure: GraphFailure };

const TIMEOUT_MS = 20_000;

export async function callGraph(
  url: string,
  fields: Record<string, string>,
  token: string,
  fetchImpl: FetchLike = (u, init) => fetch(u, init),
): Promise<GraphReply> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      body: new URLSearchParams({ ...fields, access_token: token }),
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
      return { failure: redirectFailure(response.status, response.headers.get('location'), url) };
    return { status: response.status, text: redactText(await response.text(), [token]) };
  } catch (error) {
    const why = controller.signal.aborted
      ? `no answer within ${TIMEOUT_MS / 1000} s`
      : `the browser could not complete the request (${error instanceof Error ? error.message : String(error)})`;
    return { failure: { message: redactText(why, [token]), transient: true } };
  } finally {
    clearTimeout(timer);
  }
}
