import { describe, expect, it } from 'vitest';
import { SettingError } from '../../src/core/errors';
import { markBareTokens, parseJsonObjectWithTokens, unmarkTokens } from '../../src/view/form/jsonWithTokens';

describe('JSON text holding data-element tokens', () => {
  it('marks only tokens outside strings, keeping the length', () => {
    const text = '{"value": {{total}}, "note": "{{kept}} \\" {{also kept}}", "list": [{{a}}]}';
    const marked = markBareTokens(text);
    expect(marked).toHaveLength(text.length);
    expect(marked).toContain('"{{kept}} \\" {{also kept}}"');
    expect(JSON.parse(marked)).toBeTruthy();
  });

  it('parses to an object with the tokens as their text', () => {
    expect(
      parseJsonObjectWithTokens('{"value": {{total}}, "currency": "{{cur}}", "ids": [{{a}}, "x"]}', 'customData'),
    ).toEqual({
      value: '{{total}}',
      currency: '{{cur}}',
      ids: ['{{a}}', 'x'],
    });
  });

  it('reports a JSON error at the position in the text the user typed', () => {
    const text = '{"value": {{total}} "currency": "USD"}';
    const error = (() => {
      try {
        parseJsonObjectWithTokens(text, 'customData');
      } catch (e) {
        return e as SettingError;
      }
    })();
    expect(error).toBeInstanceOf(SettingError);
    expect(error!.setting).toBe('customData');
    const column = text.indexOf('"currency"') + 1;
    expect(error!.message).toContain(`line 1, column ${column}`);
  });

  it('leaves objects and blanks to the core, and rejects what is not an object', () => {
    expect(parseJsonObjectWithTokens({ a: '{{b}}' }, 's')).toEqual({ a: '{{b}}' });
    expect(parseJsonObjectWithTokens('  ', 's')).toBeUndefined();
    expect(() => parseJsonObjectWithTokens('[1]', 's')).toThrow(/expected a JSON object/);
  });

  it('unmarks nested values only when fully marked', () => {
    expect(unmarkTokens({ a: ['\uE000x\uE000', 'plain'], b: 1 })).toEqual({ a: ['{{x}}', 'plain'], b: 1 });
  });
});
