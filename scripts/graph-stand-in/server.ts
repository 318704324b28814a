/**
 * A local stand-in for Meta's Graph API on 127.0.0.1: it answers Conversions API requests as
 * Meta documents (success bodies, Graph errors with fbtrace_id), and the reads the views make
 * (a pixel, its Dataset Quality), and can be told to misbehave (any status and body, an HTML
 * gateway page, a reset connection, no answer at all).
 *
 * Browsers: Meta's own JavaScript SDK calls the Graph API from any web page with form-encoded
 * POSTs (a `method` field for reads, the token among the fields: facebookarchive/connect-js,
 * src/core/api.js), requests a browser sends without a CORS preflight, and reads the answers:
 * Meta grants them with `Access-Control-Allow-Origin: *`. The stand-in does the same. Whether
 * Meta also grants preflights is not documented: the stand-in grants none, so a view that
 * needed one would fail here first.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest, type CheckOptions, type Verdict } from './checks';
import { answerRead, graphError, pixelMissing, type ReadOptions } from './reads';
import { fbtraceId } from './trace';

export type Scripted =
  | { kind: 'reply'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'html'; status: number }
  | { kind: 'reset' }
  | { kind: 'hang' };

export interface ReceivedRequest {
  /** As sent; a form field `method` (Meta's override, for a read posted as a form) is in `body`. */
  method: string;
  path: string;
  /** The query string as received (the token must never be there). */
  search: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  body: Record<string, unknown>;
  token?: string;
  /** What the stand-in answered (scripted answers included). */
  status: number;
  verdict: Verdict | Scripted;
}

export interface StandInOptions extends CheckOptions, ReadOptions {
  port?: number;
  /** One line per received event, for `npm start`; never includes the token. */
  log?: (line: string) => void;
}

export interface GraphStandIn {
  /** Base URL to put in the extension's graphApiBaseUrl. */
  url: string;
  requests: ReceivedRequest[];
  /** Answers the next requests with these, in order, before checking resumes. */
  script(...answers: Scripted[]): void;
  close(): Promise<void>;
}

export async function startGraphStandIn(options: StandInOptions = {}): Promise<GraphStandIn> {
  const queue: Scripted[] = [];
  const requests: ReceivedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    // Every answer may be read by a web page, as Meta's are.
    res.setHeader('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(405, { allow: 'GET, POST' }).end();
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const body = parseBody(rawBody, req.headers['content-type']);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token =
      typeof body.access_token === 'string'
        ? body.access_token
        : (bearer ?? url.searchParams.get('access_token') ?? undefined);
    const scripted = queue.shift();
    const verdict: Verdict | Scripted = scripted ?? route(req.method ?? 'GET', url, body, token, options);
    const record: ReceivedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      search: url.search,
      headers: req.headers,
      rawBody,
      body,
      token,
      status: 0,
      verdict,
    };
    requests.push(record);
    record.status = answer(res, verdict, hanging);
    options.log?.(
      isRead(req.method, body)
        ? describeRead(url.pathname, record.status, verdict)
        : describe(body, record.status, verdict),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...answers) => queue.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A GET, or a form POST that says `method=get`, as Meta's browser SDK sends reads. */
const isRead = (method: string | undefined, body: Record<string, unknown>) =>
  method === 'GET' || String(body.method ?? '').toLowerCase() === 'get';

function route(
  method: string,
  url: URL,
  body: Record<string, unknown>,
  token: string | undefined,
  options: StandInOptions,
): Verdict | Scripted {
  if (isRead(method, body)) {
    const params = { ...Object.fromEntries(url.searchParams), ...stringFields(body) };
    return (
      answerRead(url.pathname, params, token, options) ??
      graphError(400, 'GraphMethodException', 100, `Unsupported get request: ${url.pathname}`)
    );
  }
  // Events posted to a pixel that does not exist, or that the token may not use (Meta answers alike).
  const pixel = /^\/v\d+\.\d+\/([^/]+)\/events$/.exec(url.pathname)?.[1];
  const missing = pixel && token ? pixelMissing(pixel, token, options) : undefined;
  if (missing) return missing;
  return checkRequest(url.pathname, body, token, options);
}

const stringFields = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));

function describeRead(path: string, status: number, verdict: Verdict | Scripted): string {
  const body = 'body' in verdict ? (verdict.body as Record<string, unknown>) : {};
  const error = body.error as { code?: number; error_subcode?: number; message?: string } | undefined;
  const what = path.endsWith('/dataset_quality') ? 'dataset quality' : `pixel ${path.split('/').pop()}`;
  const codes = error && [error.code, error.error_subcode].filter(Boolean).join('/');
  if (error) return `read ${what} -> ${status} error: code ${codes} ${error.message}`;
  return `read ${what} -> ${status}${typeof body.name === 'string' ? ` "${body.name}"` : ''}`;
}

function answer(res: ServerResponse, verdict: Verdict | Scripted, hanging: Set<ServerResponse>): number {
  const trace = fbtraceId();
  if ('kind' in verdict) {
    switch (verdict.kind) {
      case 'reset':
        res.socket?.destroy();
        return 0;
      case 'hang':
        hanging.add(res);
        return 0;
      case 'html':
        res.writeHead(verdict.status, { 'content-type': 'text/html' });
        res.end(
          `<html><head><title>${verdict.status}</title></head>` +
            `<body><h1>${verdict.status} Bad Gateway</h1></body></html>`,
        );
        return verdict.status;
      case 'reply': {
        res.writeHead(verdict.status, { 'content-type': 'application/json', ...verdict.headers });
        res.end(JSON.stringify(verdict.body));
        return verdict.status;
      }
    }
  }
  if (verdict.ok) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ events_received: verdict.eventsReceived, messages: [], fbtrace_id: trace }));
    return 200;
  }
  res.writeHead(verdict.status, {
    'content-type': 'application/json',
    'www-authenticate': 'OAuth "Facebook Platform" "invalid_request"',
  });
  res.end(JSON.stringify({ error: { ...verdict.error, fbtrace_id: trace } }));
  return verdict.status;
}

function describe(body: Record<string, unknown>, status: number, verdict: Verdict | Scripted): string {
  const events = Array.isArray(body.data) ? body.data : [];
  const names = events.map(describeEvent).join('; ') || 'no events';
  const test = typeof body.test_event_code === 'string' ? ` [test ${body.test_event_code}]` : '';
  if ('kind' in verdict && verdict.kind !== 'reply') return `${names}${test} -> scripted ${verdict.kind}`;
  if ('ok' in verdict && verdict.ok) {
    const keys = (group: string) => Object.keys(events[0]?.[group] ?? {}).join(', ') || 'none';
    const groups = `user_data: ${keys('user_data')}; custom_data: ${keys('custom_data')}`;
    return `${names}${test} -> ${status} accepted (${groups})`;
  }
  const error =
    'error' in verdict ? verdict.error : (verdict as { body: { error?: Record<string, unknown> } }).body?.error;
  const code = `code ${error?.code}${error?.error_subcode ? `/${error.error_subcode}` : ''}`;
  const text = [error?.error_user_title, error?.error_user_msg ?? error?.message].filter(Boolean).join(': ');
  return `${names}${test} -> ${status} rejected: ${code} ${text}`;
}

/** What describeEvent reads from a posted event: whatever the caller posted, so nothing is trusted. */
interface PostedEvent {
  event_name?: unknown;
  event_id?: unknown;
  event_time?: unknown;
  custom_data?: { value?: unknown; currency?: unknown } | null;
}

/** Name, id, amount and age of one event: what a developer looks for first. */
function describeEvent(posted: unknown): string {
  if (!posted || typeof posted !== 'object') return '?';
  const event = posted as PostedEvent;
  const id = event.event_id ? ` (event_id ${event.event_id})` : '';
  const custom = event.custom_data;
  const amount = custom && custom.value !== undefined ? `, ${custom.value} ${custom.currency ?? '(no currency)'}` : '';
  const age =
    typeof event.event_time === 'number' && Number.isInteger(event.event_time)
      ? `, event_time ${describeAge(Date.now() / 1000 - event.event_time)}`
      : '';
  return `${event.event_name ?? '?'}${id}${amount}${age}`;
}

/** An age in seconds as a person reads it: "just now", "5 min ago", "3 h ago", "6 d ago" (or "in …"). */
export function describeAge(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  const [amount, unit] = abs < 3600 ? [abs / 60, 'min'] : abs < 86400 ? [abs / 3600, 'h'] : [abs / 86400, 'd'];
  const shown = amount < 10 && unit !== 'min' ? Math.floor(amount * 10) / 10 : Math.floor(amount);
  return seconds < 0 ? `in ${shown} ${unit}` : `${shown} ${unit} ago`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/** JSON bodies, and the form-encoded `data=<json>` that Meta's curl examples use. */
function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  try {
    if (type?.includes('application/x-www-form-urlencoded')) {
      const form = Object.fromEntries(new URLSearchParams(raw));
      return { ...form, data: form.data ? JSON.parse(form.data) : undefined };
    }
    const value = JSON.parse(raw);
    return typeof value === 'object' && value && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
