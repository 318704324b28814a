/**
 * Adobe's journeys through the real rule engine with an empty action (only a test event code):
 * a Mobile SDK purchase, a lead form, an event whose consent says no, a cart removal. Each is
 * judged by what the Graph stand-in, which checks Meta's rules for app events too, received.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/manifest';
import { EXTENSION_NAME } from '../../src/core/constants';
import type { ServerEvent } from '../../src/core/event/buildEvent';
import { sha256Hex } from '../../src/core/hash/sha256';
import { checkRequest } from '../../scripts/graph-stand-in/checks';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { createEngine, logText } from '../support/engine';
import { cartRemoval, consentDenied, leadForm, mobilePurchase, type Arc } from '../support/journeys';

const TOKEN = 'EAAGm0PX4ZCpsBAKjourneys-token';

let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [TOKEN] });
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
});

async function run(arc: Arc) {
  const stashes: Record<string, Record<string, unknown>> = {};
  const engine = createEngine({
    extensionSettings: { pixelId: '1234567890', accessToken: TOKEN, graphApiBaseUrl: graph.url },
    rules: [[{ testEventCode: 'TEST77' }]],
    fetch: globalThis.fetch,
    sensitiveTokens: [TOKEN],
    onStash: (id, stash) => (stashes[id] = stash),
  });
  const [result] = await engine(arc.event.xdm, arc.event.data, arc.request ?? { header: {}, body: {} });
  const stash = stashes.RL1?.[EXTENSION_NAME] as { responses: Record<string, unknown>[] };
  return { result, summary: stash?.responses[0] };
}

const sentEvent = () => (graph.requests[0].body.data as ServerEvent[])[0];

describe('journeys with an empty action, in the rule engine', () => {
  it('a Mobile SDK purchase is an app event Meta accepts: app_data, extinfo, madid', async () => {
    const { result, summary } = await run(mobilePurchase());
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0].verdict).toEqual({ ok: true, eventsReceived: 1 });
    const event = sentEvent();
    expect(event).toMatchObject({ event_name: 'Purchase', action_source: 'app', event_id: 'LUMA-2001' });
    expect(event.app_data).toMatchObject({ advertiser_tracking_enabled: 0, application_tracking_enabled: 0 });
    expect((event.app_data as { extinfo: string[] }).extinfo.slice(0, 6)).toEqual([
      'i2',
      'com.adobe.luma.tutorial.swiftui',
      '3.1.0',
      '3.1.0',
      '17.4',
      'iPhone16,1',
    ]);
    expect(event.user_data).toMatchObject({
      em: sha256Hex('sam@example.com'),
      madid: '6D92078A-8246-4BA4-AE5B-76104861E7DC',
    });
    expect(event.custom_data).toMatchObject({ value: 30, currency: 'USD', order_id: 'LUMA-2001' });
    expect(summary).toMatchObject({ event_name: 'Purchase', events_received: 1 });
  });

  it('a lead form is a Lead with email, phones, names and address', async () => {
    const { result } = await run(leadForm());
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests[0].verdict).toEqual({ ok: true, eventsReceived: 1 });
    const event = sentEvent();
    expect(event).toMatchObject({ event_name: 'Lead', action_source: 'website' });
    expect(event.user_data).toMatchObject({
      em: sha256Hex('ana.silva@example.com'),
      ph: [sha256Hex('351912345678'), sha256Hex('351212345678')],
      fn: sha256Hex('ana'),
      ln: sha256Hex('silva'),
      ct: sha256Hex('lisboa'),
      country: sha256Hex('pt'),
    });
  });

  it('an event whose consent says no: nothing is fetched, the rule succeeds, the summary says why', async () => {
    const { result, summary } = await run(consentDenied());
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(0);
    expect(summary).toEqual({ skipped: 'consent denied: xdm.consents.share.val is "n"' });
    expect(logText(result)).toContain(
      '[info] 🚀 Conversions API: event not sent: consent denied: xdm.consents.share.val',
    );
  });

  it('a cart removal has no Meta event: skipped, nothing fetched, the rule succeeds', async () => {
    const { result, summary } = await run(cartRemoval());
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(0);
    expect(summary).toEqual({ skipped: 'no Meta event for eventType commerce.productListRemovals' });
  });
});

describe("the stand-in checks Meta's app-event rules", () => {
  const appEvent = (app_data?: unknown) => ({
    data: [
      {
        event_name: 'Purchase',
        event_time: Math.floor(Date.now() / 1000),
        action_source: 'app',
        user_data: { madid: 'X' },
        custom_data: { value: 1, currency: 'USD' },
        ...(app_data === undefined ? {} : { app_data }),
      },
    ],
  });
  const extinfo = ['i2', ...Array.from({ length: 15 }, () => '')];

  it.each([
    ['no app_data', undefined, /app_data'\] is required for app events/],
    ['no advertiser_tracking_enabled', { extinfo }, /advertiser_tracking_enabled'\] is required/],
    ['extinfo of 3 texts', { advertiser_tracking_enabled: 0, extinfo: ['i2', '', ''] }, /16 strings/],
    [
      'extinfo version w2',
      { advertiser_tracking_enabled: 0, extinfo: ['w2', ...extinfo.slice(1)] },
      /i2 \(iOS\) or a2/,
    ],
  ])('refuses %s', (_, appData, message) => {
    const verdict = checkRequest('/v27.0/1234567890/events', appEvent(appData), TOKEN);
    expect(verdict).toMatchObject({ ok: false, error: { code: 100, error_subcode: 2804019 } });
    expect(JSON.stringify(verdict)).toMatch(message);
  });

  it('accepts the flags and 16 texts with i2 or a2 first', () => {
    for (const version of ['i2', 'a2']) {
      const appData = {
        advertiser_tracking_enabled: 1,
        application_tracking_enabled: 0,
        extinfo: [version, ...extinfo.slice(1)],
      };
      expect(checkRequest('/v27.0/1234567890/events', appEvent(appData), TOKEN)).toEqual({
        ok: true,
        eventsReceived: 1,
      });
    }
  });
});

describe('the example requests in scripts/examples', () => {
  const example = (name: string) =>
    JSON.parse(readFileSync(join(ROOT, 'scripts/examples', `${name}.json`), 'utf8')) as {
      header: Record<string, unknown>;
      body: { xdm: Record<string, unknown>; data: Record<string, unknown> };
    };
  /** As the Edge and Adobe's sandbox hand a request to a rule. */
  const arcOf = (request: ReturnType<typeof example>): Arc => ({
    event: { xdm: request.body.xdm, data: request.body.data },
    request,
  });

  it.each([
    ['mobile-purchase', 'Purchase'],
    ['lead-form', 'Lead'],
  ])('%s is accepted as a %s', async (name, eventName) => {
    const { result } = await run(arcOf(example(name)));
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests[0].verdict).toEqual({ ok: true, eventsReceived: 1 });
    expect(sentEvent().event_name).toBe(eventName);
  });

  it('consent-denied is skipped', async () => {
    const { result, summary } = await run(arcOf(example('consent-denied')));
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(0);
    expect(summary).toEqual({ skipped: 'consent denied: xdm.consents.share.val is "n"' });
  });
});
