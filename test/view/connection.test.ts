/**
 * "Check connection" and "Send test event" as they call Meta, against the Graph stand-in (the
 * oracle, which answers as Meta documents), with Node's fetch in place of the browser's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURCHASE_FIGURES } from './metaFigures';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { buildPreview } from '../../src/view/preview/buildPreview';
import { checkConnection, QUALITY_FIELDS } from '../../src/view/testbench/connection';
import { parsePastedEvent } from '../../src/view/testbench/edgeEvent';
import { SAMPLES } from '../../src/view/testbench/samples';
import { sendTestEvent } from '../../src/view/testbench/testSend';

const TOKEN = 'EAAB-connection-test-token';
let standIn: GraphStandIn;

beforeAll(async () => {
  standIn = await startGraphStandIn({
    validTokens: [TOKEN],
    pixels: { '1234567890': { name: 'Shop pixel', lastFiredTime: '2026-11-27T10:00:00+0000' } },
    quality: { '1234567890': [PURCHASE_FIGURES] },
  });
});
afterAll(() => standIn?.close());

const settings = (extra: Record<string, unknown> = {}) => ({
  pixelId: '1234567890',
  accessToken: '{{Meta token}}',
  graphApiBaseUrl: standIn.url,
  graphApiVersion: 'v27.0',
  ...extra,
});

describe('Check connection', () => {
  it("names the pixel, and shows Meta's quality figures for its events", async () => {
    const result = await checkConnection({ settings: settings(), token: TOKEN });
    expect(result).toEqual({
      ok: true,
      line: 'Connected: this access token can use pixel "Shop pixel" (1234567890).',
      details: [
        'Meta last received an event for it at 2026-11-27T10:00:00+0000.',
        'Send a test event from an action to see Meta accept one.',
      ],
      quality: {
        events: [
          {
            eventName: 'Purchase',
            score: 8.1,
            matchKeys: [
              { key: 'email', coverage: 97.5 },
              { key: 'ip_address', coverage: 100 },
            ],
            dedupe: [{ key: 'event_id', server: 100, browser: 98, deduped: 91.2 }],
          },
        ],
      },
    });
    // Asked as Meta's browser SDK asks: a form read, the token in the body, none in a URL.
    const [pixel, quality] = standIn.requests.slice(-2);
    expect(pixel).toMatchObject({ method: 'POST', path: '/v27.0/1234567890', search: '', token: TOKEN });
    expect(pixel.body).toMatchObject({ method: 'get', fields: 'id,name,last_fired_time' });
    expect(quality).toMatchObject({ path: '/v27.0/dataset_quality', search: '' });
    expect(quality.body).toMatchObject({ method: 'get', dataset_id: '1234567890', fields: QUALITY_FIELDS });
  });

  it('says exactly what is wrong, with the fix, and never the token', async () => {
    const cases: [Record<string, unknown>, string, RegExp, RegExp][] = [
      [{}, 'EAAB-expired', /code 190/, /invalid, expired or revoked/],
      [{ pixelId: '999' }, TOKEN, /code 100, subcode 33/, /no pixel or dataset 999 that this token may use/],
      [{ pixelId: '12ab' }, TOKEN, /^Pixel ID \(pixelId\): /, /Correct it above/],
      [{ pixelId: '{{Pixel}}' }, TOKEN, /^Pixel ID is a data element/, /Enter the Pixel ID itself/],
      [{ graphApiBaseUrl: 'https://evil.example' }, TOKEN, /^Graph API base URL \(graphApiBaseUrl\)/, /Correct it/],
    ];
    for (const [extra, token, line, fix] of cases) {
      const result = await checkConnection({ settings: settings(extra), token });
      expect(result.ok, JSON.stringify(extra)).toBe(false);
      if (result.ok) continue;
      expect(result.line).toMatch(line);
      expect(result.fix).toMatch(fix);
      expect(JSON.stringify(result)).not.toContain(token);
    }
  });

  it('says when Meta cannot be reached, and redacts a token Meta echoes', async () => {
    standIn.script({ kind: 'reply', status: 400, body: { error: { message: `Bad token ${TOKEN}`, code: 100 } } });
    const echoed = await checkConnection({ settings: settings(), token: TOKEN });
    expect(JSON.stringify(echoed)).not.toContain(TOKEN);
    expect(echoed.ok || echoed.line).toContain('[redacted]');
    const closed = await checkConnection({
      settings: settings({ graphApiBaseUrl: 'http://127.0.0.1:9' }),
      token: TOKEN,
    });
    expect(closed).toMatchObject({
      ok: false,
      line: expect.stringMatching(/^Not connected\. Meta could not be reached/),
    });
  });
});

describe('Send test event', () => {
  const arc = (() => {
    const result = parsePastedEvent(SAMPLES[0].text(Date.now()));
    if ('problem' in result) throw new Error(result.problem);
    return result.event.arc;
  })();
  const preview = (ext: Record<string, unknown>) =>
    buildPreview(ext, { xdmMapping: { enabled: true } }, Date.now(), { arc });

  it('posts the previewed event with the test code and the typed token; Meta counts it', async () => {
    const p = preview(settings());
    const answer = await sendTestEvent(p.request!, 'TEST77', TOKEN);
    expect(answer).toEqual({ ok: true, success: { events_received: 1, messages: [], fbtrace_id: expect.any(String) } });
    const received = standIn.requests.at(-1)!;
    expect(received).toMatchObject({ method: 'POST', path: '/v27.0/1234567890/events', search: '', token: TOKEN });
    expect(received.body.test_event_code).toBe('TEST77');
    expect(received.body.data).toEqual([JSON.parse(JSON.stringify(p.built!.event))]);
    expect(received.body).not.toHaveProperty('appsecret_proof');
  });

  it("gives Meta's error for a bad token and a wrong pixel, classified as the action does", async () => {
    const bad = await sendTestEvent(preview(settings()).request!, 'TEST77', 'EAAB-wrong');
    expect(bad).toMatchObject({ ok: false, failure: { status: 401, code: 190, transient: false } });
    const wrong = await sendTestEvent(preview(settings({ pixelId: '999' })).request!, 'TEST77', TOKEN);
    expect(wrong).toMatchObject({ ok: false, failure: { status: 400, code: 100, subcode: 33 } });
  });
});
