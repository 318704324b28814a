/**
 * Which log entries count as the engine's start of this action, at the edges: a timestamp that
 * is not a finite number, a call entry whose line is not text, and every shape of entry that may
 * follow the call entry (only the engine's own "Resolving the data element" line lets it count).
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_DISPLAY_NAME } from '../../src/core/constants';
import { engineStartedAt } from '../../src/lib/engineStart';

const ROCKET = '\u{1F680}';
const THIS_ACTION = `Calling "Send Conversions API Event" module from the "${EXTENSION_DISPLAY_NAME}" extension.`;
const entry = (timestampMs: unknown, ...messages: unknown[]) => ({ timestampMs, messages: [ROCKET, ...messages] });
const calling = (timestampMs: unknown, line: unknown = THIS_ACTION) =>
  entry(timestampMs, line, 'Event: ', '{"xdm":{}}', 'Rule Stash: ', '{}');
const resolving = (timestampMs: number) => entry(timestampMs, 'Resolving the data element "slow".');
const logger = (...entries: unknown[]) => ({ getJsonLogs: () => entries });

describe('engineStartedAt, at the edges', () => {
  it.each([NaN, Infinity, -Infinity, '1000', null])('a call entry timed %s stands for the call time', (at) => {
    expect(engineStartedAt(logger(calling(at)), 9_000)).toBe(9_000);
    expect(engineStartedAt(logger(calling(at), resolving(1_001)), 9_000)).toBe(9_000);
  });

  it('an entry of six messages whose line is not text is not a call entry, and breaks nothing', () => {
    expect(engineStartedAt(logger(calling(1_000, 42)), 9_000)).toBe(9_000);
    expect(engineStartedAt(logger(calling(1_000), resolving(1_001), calling(5_000, 42)), 9_000)).toBe(1_000);
  });

  it("counts the call entry followed by the engine's resolving line, wherever it stands", () => {
    expect(engineStartedAt(logger(calling(1_000), resolving(1_001)), 9_000)).toBe(1_000);
    expect(engineStartedAt(logger(calling(1_000), resolving(1_001), entry(1_002, 'x')), 9_000)).toBe(1_000);
  });

  it.each([
    ['a line of its own', entry(9_001, 'The "slow" data element value is "x".')],
    ['the resolving line with a message more', entry(9_001, 'Resolving the data element "slow".', 'x')],
    [
      'the resolving line without the rocket',
      { timestampMs: 9_001, messages: ['x', 'Resolving the data element "x".'] },
    ],
    ['a line that is not text', entry(9_001, 7)],
    ['messages that are not a list', { timestampMs: 9_001, messages: 'Resolving the data element "x".' }],
  ])('a call entry followed by %s is not the start', (_what, next) => {
    // The earlier call entry, followed by the engine's resolving line, is.
    const logs = logger(calling(1_000), resolving(1_001), calling(9_000), next);
    expect(engineStartedAt(logs, 9_500)).toBe(1_000);
    expect(engineStartedAt(logger(calling(9_000), next), 9_500)).toBe(9_500);
  });
});
