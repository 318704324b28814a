/** Data-element tokens as the engine writes them in settings: `{{name}}`, alone or inside text. */
import { describe, expect, it } from 'vitest';
import { holdsToken, isOnlyToken } from '../../src/core/values';
import { tokensIn } from '../../src/view/preview/previewInputs';

describe('data-element tokens', () => {
  it.each([
    ['{{Order total}}', true, true],
    ['  {{Order total}}\n', true, true],
    ['ORD-{{Order ID}}', true, false],
    ['{{a}} x', true, false],
    ['{{a}}{{b}}', true, false],
    ['{{}}', false, false],
    ['{{a{b}}', false, false],
    ['{a}', false, false],
    ['', false, false],
  ])('%j: holds a token %s, is one token %s', (text, holds, only) => {
    expect(holdsToken(text)).toBe(holds);
    expect(isOnlyToken(text)).toBe(only);
  });

  it('are not text when the value is not', () => {
    expect(holdsToken(['{{a}}'])).toBe(false);
    expect(isOnlyToken({ value: '{{a}}' })).toBe(false);
  });

  it('are found once each, in lists and objects too', () => {
    expect(tokensIn({ a: ['{{x}} and {{y}}', '{{x}}'], b: { c: '{{z}}' }, d: 3 })).toEqual(['{{x}}', '{{y}}', '{{z}}']);
  });
});
