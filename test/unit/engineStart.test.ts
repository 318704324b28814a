/**
 * The action's budget starts when the engine started it: read from the engine's own log entry,
 * known by its shape, its place and its time (entries shaped as reactor-turbine-edge 3 logs them).
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_DISPLAY_NAME } from '../../src/core/constants';
import { engineStartedAt } from '../../src/lib/engineStart';

const ROCKET = '\u{1F680}';
const THIS_ACTION = `Calling "Send Conversions API Event" module from the "${EXTENSION_DISPLAY_NAME}" extension.`;
const entry = (timestampMs: number, ...messages: unknown[]) => ({
  name: 'evaluatingRule',
  timestampMs,
  attributes: { logLevel: 'log' },
  messages: [ROCKET, ...messages],
});
/** The engine's entry for a module call: the line, then the event and the rule stash as JSON. */
const calling = (timestampMs: number, line = THIS_ACTION) =>
  entry(timestampMs, line, 'Event: ', '{"xdm":{}}', 'Rule Stash: ', '{}');
const resolving = (timestampMs: number, name = 'slow') => entry(timestampMs, `Resolving the data element "${name}".`);
const logger = (...entries: unknown[]) => ({ log() {}, getJsonLogs: () => entries });

describe('engineStartedAt', () => {
  it("takes this action's call entry when it is the last one, or the engine resolves data elements next", () => {
    expect(engineStartedAt(logger(calling(5_000)), 5_002)).toBe(5_000);
    const logs = logger(
      calling(1_000),
      entry(1_500, '"Send Conversions API Event" module from the "x" extension returned.', 'Output:', '{}'),
      calling(5_000),
      resolving(5_001),
      calling(5_002, 'Calling "Constant" module from the "Core" extension.'),
    );
    expect(engineStartedAt(logs, 17_000)).toBe(5_000);
  });

  it.each([
    ['logged by a module as its only message', (line: string) => entry(9_000, line)],
    ['in an entry with another first message', (line: string) => entry(9_000, 'Found:', line)],
    [
      'as the body of a fetch the engine logs',
      (line: string) =>
        entry(
          9_000,
          'FETCH',
          'Resource',
          'https://x.example/',
          'Options',
          '{}',
          'Response Status',
          '200',
          'Response Body',
          line,
        ),
    ],
    [
      "as the engine's line for a data element's value",
      (line: string) => entry(9_000, `The "slow" data element value is "${line}".`),
    ],
  ])('a value imitating the call line, %s, is not the start', (_how, imitate) => {
    const logs = logger(calling(1_000), resolving(1_001), imitate(THIS_ACTION), resolving(9_001));
    expect(engineStartedAt(logs, 9_500)).toBe(1_000);
  });

  it('an entry of the exact shape that a data element logged is not the start: the engine logs its return next', () => {
    const logs = logger(
      calling(1_000),
      resolving(1_001),
      calling(1_002, 'Calling "Custom Code" module from the "Core" extension.'),
      calling(9_000),
      entry(9_001, '"Custom Code" module from the "Core" extension returned.', 'Output:', '"x"'),
      entry(9_002, 'The "slow" data element value is "x".'),
    );
    expect(engineStartedAt(logs, 9_500)).toBe(1_000);
  });

  it('falls back to the call time without such an entry, or without logs', () => {
    expect(engineStartedAt(logger(calling(3_000, 'Calling "Path" module from the "Core" extension.')), 9_000)).toBe(
      9_000,
    );
    expect(engineStartedAt(logger(entry(3_000, THIS_ACTION, 'Event: ', '{}')), 9_000)).toBe(9_000);
    expect(engineStartedAt({ warn() {} }, 9_000)).toBe(9_000);
    expect(engineStartedAt(undefined, 9_000)).toBe(9_000);
    expect(engineStartedAt(logger(null, 7, { messages: 'x' }), 9_000)).toBe(9_000);
    expect(
      engineStartedAt(
        {
          getJsonLogs: () => {
            throw new Error('x');
          },
        },
        9_000,
      ),
    ).toBe(9_000);
  });

  it('is never later than the call, and the call time stands in for a timestamp that is not a number', () => {
    expect(engineStartedAt(logger(calling(9_020)), 9_000)).toBe(9_000);
    expect(engineStartedAt(logger({ ...calling(0), timestampMs: '5000' }), 9_000)).toBe(9_000);
    // A start longer ago than the engine's 30 s timeout: the engine has given up, and nothing is sent.
    expect(engineStartedAt(logger(calling(1)), 100_000)).toBe(1);
  });
});
