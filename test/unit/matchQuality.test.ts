import { describe, expect, it } from 'vitest';
import { prepareEvent } from '../../src/core/conversionsApi';
import { describeKeysSent, estimateMatchQuality, type KeySource } from '../../src/core/event/matchQuality';

const setting = (): KeySource => ({ from: 'setting' });
const estimate = (userData: Record<string, unknown>) => estimateMatchQuality(userData, setting);
const ids = (groups: { id: string }[]) => groups.map((g) => g.id);

describe('match-quality estimate', () => {
  it('email, phone and IP + user agent: good, nothing high-value missing', () => {
    const e = estimate({ em: 'h1', ph: 'h2', client_ip_address: '2001:db8::1', client_user_agent: 'UA' });
    expect(e.rating).toBe('good');
    expect(ids(e.carried.map((c) => c.group))).toEqual(['email', 'phone', 'ipAndAgent']);
    expect(ids(e.missing)).toEqual(['externalId']);
    expect(e.invalidMinimumSet).toBe(false);
    expect(e.hints).toEqual([]);
  });

  it.each([
    [{ ct: 'x', country: 'us', st: 'ca', zp: '94025', ge: 'f', client_user_agent: 'UA' }],
    [{ db: '19900101', client_user_agent: 'UA' }],
    [{ fn: 'jane', ge: 'f' }],
    [{ ln: 'doe' }],
    [{}],
  ])("Meta's invalid minimum sets (and their subsets) rate invalid: %j", (userData) => {
    const e = estimate(userData);
    expect(e.invalidMinimumSet).toBe(true);
    expect(e.rating).toBe('invalid');
  });

  it('IP without user agent does not count, and says so; IPv4 only gets the IPv6 hint', () => {
    const e = estimate({ external_id: 'c1', client_ip_address: '203.0.113.9' });
    expect(ids(e.carried.map((c) => c.group))).toEqual(['externalId']);
    expect(e.rating).toBe('fair');
    expect(e.hints).toHaveLength(2);
    expect(e.hints[0]).toMatch(/IPv4.*IPv6/);
    expect(estimate({ client_ip_address: '2001:db8::1', client_user_agent: 'UA' }).hints).toEqual([]);
  });

  it('fbp alone is weak; name + location counts only with a location key', () => {
    expect(estimate({ fbp: 'fb.1.1.2' }).rating).toBe('weak');
    expect(ids(estimate({ fn: 'a', ln: 'b', fbp: 'x' }).carried.map((c) => c.group))).toEqual(['clickAndBrowser']);
    expect(ids(estimate({ fn: 'a', zp: '1', fbp: 'x' }).carried.map((c) => c.group))).toEqual([
      'clickAndBrowser',
      'nameAndLocation',
    ]);
  });

  it("the action's debug line: the keys sent and those the Edge event filled, never values", () => {
    const prepared = prepareEvent(
      { pixelId: '1', accessToken: 'EAAB-t' },
      {
        serverEvent: { event_name: 'Lead', action_source: 'website', event_source_url: 'https://s.example/' },
        userData: { em: 'jane@example.com' },
      },
      { event: { xdm: { environment: { ipV4: '203.0.113.9', browserDetails: { userAgent: 'UA/1' } } } } },
      { nowMs: Date.UTC(2026, 10, 28) },
    );
    if ('skipped' in prepared) throw new Error('skipped');
    const line = describeKeysSent(prepared.built);
    expect(line).toBe(
      'user_data keys sent: em, client_ip_address, client_user_agent; ' +
        'from the Edge event: client_ip_address, client_user_agent',
    );
    expect(line).not.toContain('jane');
    expect(line).not.toContain('203.0.113.9');
  });
});
