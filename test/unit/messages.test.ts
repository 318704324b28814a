/**
 * Every refusal the action can give reads as sentences: each rule with the XDM mapping on, off
 * and with the field excluded, each event source, and every setting given a value it refuses.
 * The same text is the rule's error and the form's message under the field.
 */
import { describe, expect, it } from 'vitest';
import { prepareEvent } from '../../src/core/conversionsApi';
import { SettingError } from '../../src/core/errors';
import { ACTION_FIELD_LIST, CONFIGURATION_FIELD_LIST } from '../../src/core/settings/allFields';
import type { Field } from '../../src/core/settings/field';

const NOW = Date.UTC(2026, 11, 5, 12);
const EXT = { pixelId: '1234567890', accessToken: 'EAAB-messages' };
const PAGE = 'https://shop.example/p';
const WEB = { web: { webPageDetails: { URL: PAGE } }, environment: { browserDetails: { userAgent: 'UA/1' } } };
const EMAIL = { identityMap: { Email: [{ id: 'a@b.example' }] } };

function problemsOf(ext: unknown, settings: unknown, xdm: unknown, request?: unknown): SettingError[] {
  try {
    prepareEvent(ext, settings, { event: { xdm }, request }, { nowMs: NOW });
    return [];
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    return [...error.problems];
  }
}

/** What a sentence must not hold: an empty clause, doubled or dangling punctuation, a value that is no text. */
const BROKEN = [
  /, or send;/,
  /\s[.,;:]/,
  /[.,;:]{2}/,
  /\(\s*\)/,
  /\s{2}/,
  /\bundefined\b/,
  /\[object Object\]/,
  /;\s*$/,
];

function expectSentences(error: SettingError): void {
  const { problem, message } = error;
  expect(problem, message).toMatch(/^["a-z0-9$'(]/);
  expect(problem, message).toMatch(/[.!?]$/);
  for (const pattern of BROKEN) expect(problem, `${pattern} in: ${problem}`).not.toMatch(pattern);
  expect(problem.split('(').length, problem).toBe(problem.split(')').length);
  expect(message).toMatch(/^Invalid setting ("[^"]+" )?\(?[\w.]+\)?:? ?.*[.!?]$/);
}

/** Mapping switches each rule is tried under. */
const MAPPINGS = {
  on: {},
  off: { xdmMapping: { enabled: false } },
  excluded: { xdmMapping: { exclude: ['event_name', 'action_source', 'value', 'currency', 'app_data', 'em'] } },
};

/** Events and settings that break one rule each; run under every mapping. */
const CASES: [name: string, settings: Record<string, unknown>, xdm: Record<string, unknown>, request?: unknown][] = [
  ['no event name, no action source', {}, { eventType: 'commerce.productViews', timestamp: '2026-12-05T11:59:00Z' }],
  [
    'a page that is not http(s)',
    { serverEvent: { event_name: 'Lead' } },
    { ...EMAIL, web: { webPageDetails: { URL: 'about:blank' } } },
  ],
  ['a website event without its URL', { serverEvent: { event_name: 'Lead', action_source: 'website' } }, EMAIL],
  [
    'a website event without a user agent',
    { serverEvent: { event_name: 'Lead', action_source: 'website', event_source_url: PAGE } },
    EMAIL,
  ],
  ['an app event without app data', { serverEvent: { event_name: 'Lead', action_source: 'app' } }, EMAIL],
  ['a Purchase without value or currency', { serverEvent: { event_name: 'Purchase' } }, { ...WEB, ...EMAIL }],
  [
    'a Purchase with unusable money',
    { serverEvent: { event_name: 'Purchase' } },
    { ...WEB, ...EMAIL, commerce: { order: { priceTotal: '9,99', currencyCode: 'EURO' } } },
  ],
  [
    'a Purchase whose payments disagree',
    { serverEvent: { event_name: 'Purchase' } },
    {
      ...WEB,
      ...EMAIL,
      commerce: { order: { payments: [{ paymentAmount: 1, currencyCode: 'EUR' }, { currencyCode: 'USD' }] } },
    },
  ],
  ['no customer information', { serverEvent: { event_name: 'Lead', action_source: 'email' } }, {}],
  [
    'only an obfuscated IP',
    { serverEvent: { event_name: 'Lead', action_source: 'email' } },
    { environment: { ipV4: '0.0.0.0' } },
  ],
  ['an old time set', { serverEvent: { event_name: 'Lead', event_time: 1_700_000_000 } }, { ...WEB, ...EMAIL }],
  ['a time set ahead', { serverEvent: { event_name: 'Lead', event_time: NOW / 1000 + 3600 } }, { ...WEB, ...EMAIL }],
];

describe('refusals read as sentences', () => {
  for (const [mapping, switches] of Object.entries(MAPPINGS)) {
    it.each(CASES)(`%s, mapping ${mapping}`, (_, settings, xdm, request) => {
      const problems = problemsOf(EXT, { ...settings, ...switches }, xdm, request);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expectSentences(problem);
    });
  }

  it('where a value could come from: one sentence for each state of the mapping', () => {
    const named = (switches: Record<string, unknown>) =>
      problemsOf(
        EXT,
        { ...switches, serverEvent: { event_name: 'Purchase', action_source: 'website' } },
        {
          ...WEB,
          ...EMAIL,
        },
      ).map((p) => p.problem);
    expect(named(MAPPINGS.on)).toEqual([
      'a Purchase needs a value. Enter the order total, e.g. 42.50, or a data element. The event has none either: ' +
        'it is read from xdm.commerce.order.priceTotal, else the sum of its payments[].paymentAmount, else of ' +
        'xdm.productListItems[].priceTotal.',
      'a Purchase needs the currency of its value. Enter an ISO 4217 code, e.g. USD, or a data element. The event ' +
        'has none either: it is read from xdm.commerce.order.currencyCode, else the one currency of its payments[] ' +
        'or of xdm.productListItems[].',
    ]);
    expect(named(MAPPINGS.off)[0]).toMatch(/ The XDM mapping is off, so the event's order total is not read\.$/);
    expect(named(MAPPINGS.excluded)[1]).toMatch(
      / The XDM mapping leaves it alone \(excluded in its settings\), so the event's order currency is not read\.$/,
    );
  });

  function accepts(field: Field, value: unknown): boolean {
    try {
      field.parse(value, field.id);
      return true;
    } catch {
      return false;
    }
  }

  /** A value each kind of setting refuses. */
  const BAD: Partial<Record<Field['kind'], unknown>> = {
    text: { an: 'object' },
    secret: ['a', 'list'],
    boolean: 'maybe',
    integer: '1.5',
    time: 'yesterday',
    json: '{not json',
    choice: 'nonsense',
    suggest: { an: 'object' },
    list: { an: 'object' },
  };

  it.each(ACTION_FIELD_LIST.map((f) => [f.id, f] as const))('a value %s refuses', (_, field) => {
    const bad = BAD[field.kind];
    let settings: Record<string, unknown> = { serverEvent: { event_name: 'Lead', action_source: 'email' } };
    const path = [...field.path];
    const last = path.pop()!;
    let node = (settings = structuredClone(settings));
    for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = bad;
    const problems = problemsOf(EXT, settings, { ...WEB, ...EMAIL });
    for (const problem of problems) expectSentences(problem);
    // Refused by its own name, unless the field takes such a value as given (a list, an object Meta defines).
    expect(problems.some((p) => p.setting === field.id) || accepts(field, bad)).toBe(true);
  });

  it.each(CONFIGURATION_FIELD_LIST.map((f) => [f.id, f] as const))('a configuration %s it refuses', (_, field) => {
    const problems = problemsOf(
      { ...EXT, [field.path[0]]: BAD[field.kind] },
      { serverEvent: { event_name: 'Lead' } },
      {
        ...WEB,
        ...EMAIL,
      },
    );
    for (const problem of problems) expectSentences(problem);
  });
});
