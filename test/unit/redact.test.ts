/** Secrets never leave in an error, a log line or a result, even when Meta or a proxy echoes them. */
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/core/errors';
import { redactError, redactText, redactValue } from '../../src/core/redact';

const TOKEN = 'EAAB-redact-token';

describe('redactText', () => {
  it('replaces every occurrence of each secret of 4 characters or more', () => {
    expect(redactText(`a ${TOKEN} b ${TOKEN}`, [TOKEN])).toBe('a [redacted] b [redacted]');
    expect(redactText('key abcd, again abcd', ['abcd'])).toBe('key [redacted], again [redacted]');
  });

  it('does not search for a secret shorter than 4 characters: it would mark random text', () => {
    expect(redactText('the abc of it', ['abc'])).toBe('the abc of it');
    expect(redactText('the abc of it', ['abc', 'of it'])).toBe('the abc [redacted]');
  });
});

describe('redactValue', () => {
  it('redacts strings at any depth, keys included', () => {
    const value = { message: `bad ${TOKEN}`, list: [{ [TOKEN]: TOKEN }], n: 1, nothing: null };
    expect(redactValue(value, [TOKEN])).toEqual({
      message: 'bad [redacted]',
      list: [{ '[redacted]': '[redacted]' }],
      n: 1,
      nothing: null,
    });
  });
});

describe('redactError', () => {
  it('redacts the message, the Graph failure and a stack already read', () => {
    const error = new GraphError({ status: 400, message: `echoed ${TOKEN}`, transient: false }, 1);
    expect(error.stack).toContain(TOKEN);
    const redacted = redactError(error, [TOKEN]) as GraphError;
    expect(redacted).toBe(error);
    expect(`${redacted.message} ${redacted.stack} ${JSON.stringify(redacted.failure)}`).not.toContain(TOKEN);
  });

  it('redacts a thrown string, and returns any other thrown value as it is', () => {
    expect(redactError(`failed with ${TOKEN}`, [TOKEN])).toBe('failed with [redacted]');
    const thrown = { reason: TOKEN };
    expect(redactError(thrown, [TOKEN])).toBe(thrown);
    expect(redactError(undefined, [TOKEN])).toBeUndefined();
  });
});
