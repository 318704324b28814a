import { describe, expect, it } from 'vitest';
import { fromText, initFieldValue, settingValue, toText } from '../../src/view/form/fieldValue';

const edit = (stored: unknown, text: string) => ({ ...initFieldValue(stored), text });

describe('toText: how a stored value is shown', () => {
  it('shows text as is, numbers and booleans as text, lists comma-separated, objects as JSON', () => {
    expect(toText(undefined)).toBe('');
    expect(toText(null)).toBe('');
    expect(toText(' {{a}} ')).toBe(' {{a}} ');
    expect(toText(42)).toBe('42');
    expect(toText(false)).toBe('false');
    expect(toText(['a@b.com', 16505551212])).toBe('a@b.com, 16505551212');
    expect(toText({ value: 1 })).toBe('{\n  "value": 1\n}');
  });
});

describe('settingValue: an untouched field gives its stored value back', () => {
  it.each([
    ['list', ['a@b.com', 'c@d.com']],
    ['list', 94025],
    ['list', [16505551212, '+44 20 7946 0958']],
    ['json', { currency: 'USD', value: 10 }],
    ['json', '{"currency":"USD","value":10}'],
    ['json', {}],
    ['boolean', 'true'],
    ['boolean', false],
    ['boolean', '{{optOut}}'],
    ['integer', '1000'],
    ['integer', 0],
    ['time', 1700000000],
    ['text', '  padded  '],
    ['text', ''],
  ] as const)('%s %j', (kind, stored) => {
    expect(settingValue(kind, initFieldValue(stored))).toBe(stored);
  });

  it('saves nothing for a field that was never set, and null counts as not set', () => {
    expect(settingValue('text', initFieldValue(undefined))).toBeUndefined();
    expect(settingValue('text', initFieldValue(null))).toBeUndefined();
    expect(initFieldValue(null)).not.toHaveProperty('stored');
  });

  it('saves a default given to a new field', () => {
    expect(settingValue('choice', initFieldValue(undefined, 'website'))).toBe('website');
  });

  it('a field edited back to its first text gives the stored value back', () => {
    expect(settingValue('json', edit({ a: 1 }, toText({ a: 1 })))).toEqual({ a: 1 });
  });
});

describe('fromText: an edited field', () => {
  it('saves nothing when blank', () => {
    for (const kind of ['text', 'list', 'json', 'boolean', 'integer', 'time'] as const) {
      expect(fromText(kind, '   ')).toBeUndefined();
      expect(settingValue(kind, edit('x', ''))).toBeUndefined();
    }
  });

  it('trims text', () => {
    expect(fromText('text', '  1234 ')).toBe('1234');
  });

  it('booleans: ticked is true; unticked is "not set" unless stored; text stays text', () => {
    expect(fromText('boolean', 'true')).toBe(true);
    expect(fromText('boolean', 'false')).toBeUndefined();
    expect(fromText('boolean', 'false', true)).toBe(false);
    expect(fromText('boolean', 'false', 'true')).toBe('false');
    expect(fromText('boolean', '{{flag}}')).toBe('{{flag}}');
  });

  it('integers and times: digits become numbers, unless stored as text', () => {
    expect(fromText('integer', '1000')).toBe(1000);
    expect(fromText('integer', '1000', '1')).toBe('1000');
    expect(fromText('integer', '{{state}}')).toBe('{{state}}');
    expect(fromText('time', '1700000000.5')).toBe(1700000000.5);
    expect(fromText('time', '2026-11-28T12:00:00Z')).toBe('2026-11-28T12:00:00Z');
    expect(fromText('time', '1700000000', '1')).toBe('1700000000');
  });

  it('lists stay lists (split at commas), numbers stay numbers, the rest is text', () => {
    expect(fromText('list', 'a@b.com, ,c@d.com', ['x'])).toEqual(['a@b.com', 'c@d.com']);
    expect(fromText('list', ' , ', ['x'])).toBeUndefined();
    expect(fromText('list', '94026', 94025)).toBe(94026);
    expect(fromText('list', '94026-1234', 94025)).toBe('94026-1234');
    expect(fromText('list', 'a@b.com, c@d.com')).toBe('a@b.com, c@d.com');
  });

  it('JSON: an object when it parses, text when stored as text or not JSON (yet)', () => {
    expect(fromText('json', '{"a": 1}')).toEqual({ a: 1 });
    expect(fromText('json', '{"a": 1}', { a: 0 })).toEqual({ a: 1 });
    expect(fromText('json', '{"a": 1}', '{}')).toBe('{"a": 1}');
    expect(fromText('json', '{"a": {{x}}}')).toBe('{"a": {{x}}}');
    expect(fromText('json', '[1]')).toBe('[1]');
  });
});
