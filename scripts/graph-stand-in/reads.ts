/**
 * The Graph API reads the views make, answered as Meta documents them: a pixel (dataset) node,
 * `GET /{version}/{pixel_id}?fields=id,name`, and the Dataset Quality API, `GET /{version}/
 * dataset_quality?dataset_id=…&fields=web{…}`. Fields are chosen with Graph's field expansion
 * (`web{event_name,event_match_quality{composite_score}}`); a field the node does not have is
 * refused as Meta refuses it, so a misspelt field fails here as it would at Meta.
 */
import { tokenError } from './checks';
import { fbtraceId } from './trace';

interface PixelInfo {
  name: string;
  /** ISO time of the last event received, as Meta reports it. */
  lastFiredTime?: string;
}

export interface ReadOptions {
  /** When set, any other token is refused with code 190. */
  validTokens?: string[];
  /** Pixels that exist, by ID; when unset, every numeric ID is a pixel named "Stand-in pixel". */
  pixels?: Record<string, PixelInfo>;
  /** The tokens that may use each pixel, by pixel ID; a pixel not listed may be used by any valid token. */
  pixelTokens?: Record<string, string[]>;
  /** Dataset Quality's `web` list, by pixel ID (none: an empty list, as for a pixel without web events). */
  quality?: Record<string, unknown[]>;
  /** When set, only these tokens may read Dataset Quality (others get a permission error, code 10). */
  qualityTokens?: string[];
}

export interface ReadAnswer {
  kind: 'reply';
  status: number;
  body: unknown;
}

/** An AdsPixel's fields this stand-in knows (Meta's node has more). */
const PIXEL_FIELDS = ['id', 'name', 'last_fired_time', 'creation_time', 'is_unavailable'];
/** The fields of each `web` item, as Meta's Business SDK lists them (AdsPixelCAPIIntegrationQuality). */
const QUALITY_FIELDS = [
  'acr',
  'data_freshness',
  'dedupe_key_feedback',
  'event_coverage',
  'event_match_quality',
  'event_name',
  'event_potential_aly_acr_increase',
];

/** A GET (or a POST with `method=get`) under `/{version}/`; undefined when the path is no read this stand-in knows. */
export function answerRead(
  path: string,
  params: Record<string, string>,
  token: string | undefined,
  options: ReadOptions,
): ReadAnswer | undefined {
  const match = /^\/v\d+\.\d+\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  const refused = tokenError(token, options.validTokens);
  if (refused) return graphError(refused.status, 'OAuthException', refused.code, refused.message);
  if (match[1] === 'dataset_quality') return datasetQuality(params, token!, options);
  return pixel(match[1], params, token!, options);
}

function pixel(id: string, params: Record<string, string>, token: string, options: ReadOptions): ReadAnswer {
  const found = findPixel(id, token, options);
  if (!found) return missing('get', id);
  let fields: FieldTree;
  try {
    fields = parseFields(params.fields ?? 'id,name');
  } catch {
    return syntaxError(params.fields ?? '');
  }
  const unknown = [...fields.keys()].find((f) => !PIXEL_FIELDS.includes(f));
  if (unknown) return nonexisting(unknown, 'AdsPixel');
  const node: Record<string, unknown> = {
    id,
    name: found.name,
    last_fired_time: found.lastFiredTime,
    creation_time: '2024-03-05T09:12:44+0000',
    is_unavailable: false,
  };
  return ok(Object.fromEntries([...fields.keys()].filter((f) => node[f] !== undefined).map((f) => [f, node[f]])));
}

function datasetQuality(params: Record<string, string>, token: string, options: ReadOptions): ReadAnswer {
  const id = params.dataset_id;
  if (!id) return graphError(400, 'OAuthException', 100, '(#100) The parameter dataset_id is required');
  if (!findPixel(id, token, options)) return missing('get', id);
  if (options.qualityTokens && !options.qualityTokens.includes(token))
    return graphError(400, 'OAuthException', 10, '(#10) Application does not have permission for this action');
  let fields: FieldTree;
  try {
    fields = parseFields(params.fields ?? 'web');
  } catch {
    return syntaxError(params.fields ?? '');
  }
  const unknown = [...fields.keys()].find((f) => f !== 'web');
  if (unknown) return nonexisting(unknown, 'AdsPixelCAPIIntegrationQualityAPI');
  const web = fields.get('web');
  const bad = web && [...web.keys()].find((f) => !QUALITY_FIELDS.includes(f));
  if (bad) return nonexisting(bad, 'AdsPixelCAPIIntegrationQuality');
  const items = options.quality?.[id] ?? [];
  return ok({ web: items.map((item) => project(item, web ?? null)) });
}

/** Meta's answer to events posted to a pixel that does not exist or that the token may not use, if so. */
export function pixelMissing(id: string, token: string, options: ReadOptions): ReadAnswer | undefined {
  // An invalid token is refused first (code 190), by the events checks.
  if (tokenError(token, options.validTokens)) return undefined;
  return findPixel(id, token, options) ? undefined : missing('post', id);
}

function findPixel(id: string, token: string, options: ReadOptions): PixelInfo | undefined {
  const found = options.pixels ? options.pixels[id] : /^\d+$/.test(id) ? { name: 'Stand-in pixel' } : undefined;
  const allowed = options.pixelTokens?.[id];
  // Meta answers alike for a pixel that does not exist and one the token may not use.
  return found && (!allowed || allowed.includes(token)) ? found : undefined;
}

/** Field expansion: `a,b{c,d{e}}` as a tree; a leaf's value is null (the field whole). */
type FieldTree = Map<string, FieldTree | null>;

function parseFields(text: string): FieldTree {
  let i = 0;
  const list = (): FieldTree => {
    const tree: FieldTree = new Map();
    for (;;) {
      const name = /^[a-z_][a-z0-9_]*/i.exec(text.slice(i))?.[0];
      if (!name) throw new Error('field expected');
      i += name.length;
      let sub: FieldTree | null = null;
      if (text[i] === '{') {
        i++;
        sub = list();
        if (text[i] !== '}') throw new Error('} expected');
        i++;
      }
      tree.set(name, sub);
      if (text[i] !== ',') return tree;
      i++;
    }
  };
  const tree = list();
  if (i !== text.length) throw new Error('unexpected text');
  return tree;
}

/** Only the fields asked for, at every level; a field asked for whole comes whole. */
function project(value: unknown, fields: FieldTree | null): unknown {
  if (fields === null) return value;
  if (Array.isArray(value)) return value.map((item) => project(item, fields));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    [...fields].filter(([name]) => name in record).map(([name, sub]) => [name, project(record[name], sub)]),
  );
}

const ok = (body: Record<string, unknown>): ReadAnswer => ({ kind: 'reply', status: 200, body });

function missing(method: string, id: string): ReadAnswer {
  return graphError(
    400,
    'GraphMethodException',
    100,
    `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing ` +
      'permissions, or does not support this operation. Please read the Graph API documentation at ' +
      'https://developers.facebook.com/docs/graph-api',
    33,
  );
}

const nonexisting = (field: string, node: string) =>
  graphError(400, 'OAuthException', 100, `(#100) Tried accessing nonexisting field (${field}) on node type (${node})`);

const syntaxError = (fields: string) =>
  graphError(
    400,
    'OAuthException',
    2500,
    `Syntax error "Expected end of string instead of "?"." at character 0: ${fields}`,
  );

export function graphError(status: number, type: string, code: number, message: string, subcode?: number): ReadAnswer {
  const error: Record<string, unknown> = { message, type, code };
  if (subcode !== undefined) error.error_subcode = subcode;
  error.fbtrace_id = fbtraceId();
  return { kind: 'reply', status, body: { error } };
}
