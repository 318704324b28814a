/**
 * The exact edges of the rules, on both sides: an event exactly as old as Meta takes, a phone
 * number of exactly 7 digits, a first date number of exactly 12, an app secret of exactly one
 * SHA-256 block, a free product line. Each value here is written from Meta's rule or the
 * documented behaviour, one step inside and one step outside.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareEvent, type PreparedEvent } from '../../src/core/conversionsApi';
import { SettingError } from '../../src/core/errors';
import { hmacSha256Hex } from '../../src/core/hash/sha256';
import { normalizeBirthDate } from '../../src/core/normalize/birthDate';
import { normalizePhone } from '../../src/core/normalize/contact';
import { buildPreview } from '../../src/view/preview/buildPreview';

const NOW_MS = Date.UTC(2026, 10, 28, 12);
const NOW = NOW_MS / 1000;
const DAY = 86_400;
const EXT = { pixelId: '1234567890', accessToken: 'boundary-token' };

const settings = (serverEvent: Record<string, unknown>) => ({
  serverEvent: { event_name: 'Lead', action_source: 'email', ...serverEvent },
  userData: { external_id: 'x-1' },
});

function sent(s: unknown, arc: unknown = {}) {
  const prepared = prepareEvent(EXT, s, arc, { nowMs: NOW_MS });
  return 'skipped' in prepared ? prepared : JSON.parse((prepared as PreparedEvent).request.body).data[0];
}

function refusal(s: unknown): SettingError {
  try {
    prepareEvent(EXT, s, {}, { nowMs: NOW_MS });
  } catch (error) {
    if (error instanceof SettingError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('event_time: up to 7 days old (62 for physical_store), as Meta takes; up to 5 minutes ahead', () => {
  it.each([
    ['email', 7],
    ['physical_store', 62],
  ])('%s: exactly %i days old is sent; one second older is refused', (actionSource, days) => {
    const oldest = NOW - days * DAY;
    expect(sent(settings({ action_source: actionSource, event_time: oldest })).event_time).toBe(oldest);
    const error = refusal(settings({ action_source: actionSource, event_time: oldest - 1 }));
    expect(error.setting).toBe('serverEvent.event_time');
    expect(error.problem).toContain(`more than ${days} days old`);
  });

  it('exactly 5 minutes ahead is sent; one second more is refused', () => {
    expect(sent(settings({ event_time: NOW + 300 })).event_time).toBe(NOW + 300);
    expect(refusal(settings({ event_time: NOW + 301 })).problem).toContain('more than 5 minutes in the future');
  });

  it("the event's own xdm.timestamp exactly 7 days old is sent; one second older skips the event", () => {
    const xdmAt = (seconds: number) => ({ event: { xdm: { timestamp: new Date(seconds * 1000).toISOString() } } });
    expect(sent(settings({}), xdmAt(NOW - 7 * DAY)).event_time).toBe(NOW - 7 * DAY);
    expect(sent(settings({}), xdmAt(NOW - 7 * DAY - 1)).skipped).toMatch(/is more than 7 days old/);
  });
});

describe('ph: fewer than 7 digits cannot be a phone number', () => {
  it('7 digits are kept, 6 are dropped', () => {
    expect(normalizePhone('555-1212')).toBe('5551212');
    expect(normalizePhone('55-1212')).toBeUndefined();
    // Leading zeros do not count.
    expect(normalizePhone('0 555-121')).toBeUndefined();
  });
});

describe('db: a first number over 12 cannot be a month, so it is the day', () => {
  it.each([
    ['12/01/1990', '19901201'], // month first: 1 December
    ['13/01/1990', '19900113'], // day first: 13 January
    ['12-31-1990', '19901231'],
    ['13.01.1990', '19900113'],
  ])('%s → %s', (input, out) => expect(normalizeBirthDate(input, { nowMs: NOW_MS })).toBe(out));
});

describe('appsecret_proof: HMAC-SHA256 hashes a key longer than one block (64 bytes) first', () => {
  const node = (key: string, message: string) => createHmac('sha256', key).update(message).digest('hex');
  it.each([
    ['63 ASCII bytes', 'k'.repeat(63)],
    ['64 ASCII bytes', 'k'.repeat(64)],
    ['65 ASCII bytes', 'k'.repeat(65)],
    ['64 bytes of 32 two-byte characters', 'é'.repeat(32)],
    ['66 bytes of 22 three-byte characters', '€'.repeat(22)],
  ])('a key of %s gives what Node gives', (_size, key) => {
    expect(hmacSha256Hex(key, EXT.accessToken)).toBe(node(key, EXT.accessToken));
  });
});

describe('contents from XDM product lines: a price of 0 is a price unless the line has 0 items', () => {
  it('a free line sends item_price 0; a line of 0 items at 0 counts as one item of unknown price', () => {
    const arc = {
      event: {
        xdm: {
          productListItems: [
            { SKU: 'FREE', quantity: 1, priceTotal: 0 },
            { SKU: 'NONE', quantity: 0, priceTotal: 0 },
            { SKU: 'TWO', quantity: 2, priceTotal: 5 },
          ],
        },
      },
    };
    expect(sent(settings({ event_name: 'AddToCart' }), arc).custom_data.contents).toEqual([
      { id: 'FREE', quantity: 1, item_price: 0 },
      { id: 'NONE', quantity: 1 },
      { id: 'TWO', quantity: 2, item_price: 2.5 },
    ]);
  });
});

describe('the value from XDM product lines: their sum, only when every line has a price', () => {
  const built = (productListItems: unknown[]) => {
    const prepared = prepareEvent(
      EXT,
      settings({ event_name: 'AddToCart' }),
      { event: { xdm: { productListItems } } },
      {
        nowMs: NOW_MS,
      },
    ) as PreparedEvent;
    return { value: prepared.built.event.custom_data?.value, warnings: prepared.built.warnings };
  };

  it('lines without any price give no value, and nothing to warn about', () => {
    expect(built([{ SKU: 'A', quantity: 1 }, { SKU: 'B' }])).toEqual({ value: undefined, warnings: [] });
  });

  it('one line of two without a price: no value, and a warning naming the line', () => {
    const { value, warnings } = built([{ SKU: 'A', quantity: 1, priceTotal: 3 }, { SKU: 'B' }]);
    expect(value).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('lacks a usable price on 1 of 2 line(s); not sent')]);
  });
});

describe('app events need app_data: said once, beside the other problems', () => {
  it('is reported with another setting’s problem', () => {
    const error = refusal(settings({ action_source: 'app', event_time: 'soon' }));
    expect(error.problems.map((p) => p.setting)).toEqual(['serverEvent.event_time', 'serverEvent.app_data']);
    expect(error.problems[1].problem).toMatch(/^app events need it/);
  });

  it('is not said again when app_data already has a problem of its own', () => {
    const error = refusal(settings({ action_source: 'app', app_data: '{' }));
    expect(error.problems).toHaveLength(1);
    expect(error.problem).toMatch(/not valid JSON/);
  });
});

describe('the preview of a mapping switch given by a data element', () => {
  it('shows the mapping on, its default', () => {
    const preview = (enabled: unknown) =>
      buildPreview(
        EXT,
        { xdmMapping: { enabled }, serverEvent: { event_name: 'Lead', action_source: 'email' } },
        NOW_MS,
      ).body;
    expect(preview('{{mapping switch}}')).toEqual(preview(true));
    expect(preview('{{mapping switch}}')).not.toEqual(preview(false));
  });
});
