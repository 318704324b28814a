/**
 * The Graph stand-in is the oracle the extension is tested against: it takes nothing from the
 * extension's code, and the extension's lists must agree with the ones it copied from Meta.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  META_ACTION_SOURCES,
  META_HASHED_USER_DATA,
  META_PLAIN_USER_DATA,
} from '../../scripts/graph-stand-in/metaLists';
import { describeAge, startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { ACTION_SOURCES } from '../../src/core/constants';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { ROOT } from './sandboxEdgeRunner';

const STAND_IN = join(ROOT, 'scripts/graph-stand-in');

describe('the Graph stand-in', () => {
  it('imports nothing from the extension', () => {
    const files = readdirSync(STAND_IN).filter((f) => f.endsWith('.ts'));
    const imports = files.flatMap((file) =>
      [
        ...readFileSync(join(STAND_IN, file), 'utf8').matchAll(
          /\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'|\brequire\(\s*'([^']+)'/g,
        ),
      ].map((m) => `${file}: ${m[1] ?? m[2] ?? m[3]}`),
    );
    expect(imports).toContain('server.ts: ./checks'); // the pattern sees imports
    for (const line of imports) expect(line).toMatch(/: (node:|\.\/)/);
  });

  it("agrees with the extension's lists of action sources and customer information keys", () => {
    expect([...ACTION_SOURCES].sort()).toEqual([...META_ACTION_SOURCES].sort());
    const keys = Object.values(USER_DATA_FIELDS).map((f) => f.sentAs);
    expect(keys.flatMap((k) => ('normalize' in k ? [k.key] : [])).sort()).toEqual([...META_HASHED_USER_DATA].sort());
    expect(keys.flatMap((k) => ('normalize' in k ? [] : [k.key])).sort()).toEqual([...META_PLAIN_USER_DATA].sort());
  });

  it('prints ages as a person reads them', () => {
    expect(describeAge(0.4)).toBe('just now');
    expect(describeAge(59)).toBe('just now');
    expect(describeAge(60)).toBe('1 min ago');
    expect(describeAge(59 * 60 + 59)).toBe('59 min ago');
    expect(describeAge(3600)).toBe('1 h ago');
    expect(describeAge(5400)).toBe('1.5 h ago');
    expect(describeAge(518401)).toBe('6 d ago');
    expect(describeAge(8 * 86400 + 43200)).toBe('8.5 d ago');
    expect(describeAge(63 * 86400)).toBe('63 d ago');
    expect(describeAge(-2 * 3600)).toBe('in 2 h');
  });
});

describe('the Graph stand-in, for a web page', () => {
  const TOKEN = 'EAAB-stand-in-token';
  let standIn: GraphStandIn;
  beforeAll(async () => {
    standIn = await startGraphStandIn({
      validTokens: [TOKEN, 'EAAB-other-token'],
      pixels: { '1234567890': { name: 'Shop pixel', lastFiredTime: '2026-11-27T10:00:00+0000' }, '555': { name: 'B' } },
      pixelTokens: { '555': ['EAAB-other-token'] },
      quality: {
        '1234567890': [
          {
            event_name: 'Purchase',
            event_match_quality: {
              composite_score: 7.2,
              match_key_feedback: [{ identifier: 'email', coverage: { percentage: 100 }, extra: 1 }],
            },
            dedupe_key_feedback: [{ dedupe_key: 'event_id', server_events_with_dedupe_key: { percentage: 100 } }],
            data_freshness: { upload_frequency: 'real_time' },
          },
        ],
      },
      qualityTokens: [TOKEN],
    });
  });
  afterAll(() => standIn?.close());

  /** A read as Meta's browser SDK sends it: a form POST with `method=get`, the token a field. */
  const read = async (path: string, fields: Record<string, string>, token = TOKEN) => {
    const response = await fetch(`${standIn.url}${path}`, {
      method: 'POST',
      body: new URLSearchParams({ ...fields, method: 'get', access_token: token }),
    });
    return {
      status: response.status,
      cors: response.headers.get('access-control-allow-origin'),
      body: await response.json(),
    };
  };

  it('lets pages read every answer, and grants no preflight', async () => {
    const answer = await read('/v27.0/1234567890', { fields: 'id,name' });
    expect(answer.cors).toBe('*');
    const error = await read('/v27.0/42', {});
    expect(error.cors).toBe('*');
    const preflight = await fetch(`${standIn.url}/v27.0/1234567890/events`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:1', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('answers a pixel with the fields asked for, sent as a form read or as a GET', async () => {
    expect(await read('/v27.0/1234567890', { fields: 'id,name,last_fired_time' })).toMatchObject({
      status: 200,
      body: { id: '1234567890', name: 'Shop pixel', last_fired_time: '2026-11-27T10:00:00+0000' },
    });
    const get = await fetch(`${standIn.url}/v27.0/1234567890?fields=name`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(await get.json()).toEqual({ name: 'Shop pixel' });
    expect(standIn.requests.at(-1)!.search).not.toContain(TOKEN);
  });

  it("answers a missing or bad token, an unknown pixel or not the token's, a wrong field, as Meta does", async () => {
    const error = (answer: { body: { error: Record<string, unknown> } }) => answer.body.error;
    expect(error(await read('/v27.0/1234567890', {}, ''))).toMatchObject({ code: 104 });
    const bad = await read('/v27.0/1234567890', {}, 'EAAB-wrong');
    expect(bad.status).toBe(401);
    expect(error(bad)).toMatchObject({ code: 190, type: 'OAuthException', fbtrace_id: expect.any(String) });
    for (const pixel of ['42', '555']) {
      const missing = await read(`/v27.0/${pixel}`, {});
      expect(missing.status).toBe(400);
      expect(error(missing)).toMatchObject({
        code: 100,
        error_subcode: 33,
        message: expect.stringContaining(`'${pixel}' does not exist`),
      });
    }
    expect(error(await read('/v27.0/1234567890', { fields: 'id,owner' }))).toMatchObject({
      code: 100,
      message: '(#100) Tried accessing nonexisting field (owner) on node type (AdsPixel)',
    });
  });

  it('refuses events posted to a pixel that does not exist or that the token may not use', async () => {
    for (const pixel of ['42', '555']) {
      const response = await fetch(`${standIn.url}/v27.0/${pixel}/events`, {
        method: 'POST',
        body: new URLSearchParams({ data: '[]', access_token: TOKEN }),
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({
        code: 100,
        error_subcode: 33,
        message: expect.stringMatching(/^Unsupported post request/),
      });
    }
  });

  it("answers Dataset Quality with the fields asked for, and refuses fields Meta's node does not have", async () => {
    const fields = 'web{event_name,event_match_quality{composite_score,match_key_feedback{identifier,coverage}}}';
    expect(await read('/v27.0/dataset_quality', { dataset_id: '1234567890', fields })).toEqual({
      status: 200,
      cors: '*',
      body: {
        web: [
          {
            event_name: 'Purchase',
            event_match_quality: {
              composite_score: 7.2,
              match_key_feedback: [{ identifier: 'email', coverage: { percentage: 100 } }],
            },
          },
        ],
      },
    });
    const misspelt = await read('/v27.0/dataset_quality', {
      dataset_id: '1234567890',
      fields: 'web{dedup_key_feedback}',
    });
    expect(misspelt.body.error.message).toBe(
      '(#100) Tried accessing nonexisting field (dedup_key_feedback) on node type (AdsPixelCAPIIntegrationQuality)',
    );
    const denied = await read('/v27.0/dataset_quality', { dataset_id: '555', fields: 'web' }, 'EAAB-other-token');
    expect(denied.body.error).toMatchObject({ code: 10 });
  });
});
