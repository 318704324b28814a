/** The action's budget starts when the engine started it: read from the engine's own log line. */
import { describe, expect, it } from 'vitest';
import { EXTENSION_DISPLAY_NAME } from '../../src/core/constants';
import { engineStartedAt } from '../../src/lib/engineStart';

const calling = (module: string, extension: string, timestampMs: number) => ({
  timestampMs,
  messages: ['🚀', `Calling "${module}" module from the "${extension}" extension.`, 'Event: ', '{}'],
});
const logger = (...entries: unknown[]) => ({ log() {}, getJsonLogs: () => entries });

describe('engineStartedAt', () => {
  it("takes this extension's latest Calling line, not a data element's that came after it", () => {
    const logs = logger(
      calling('Send Conversions API Event', EXTENSION_DISPLAY_NAME, 1_000),
      calling('Send Conversions API Event', EXTENSION_DISPLAY_NAME, 5_000),
      { timestampMs: 5_001, messages: ['🚀', 'Resolving the data element "slow".'] },
      calling('Constant', 'Core', 5_002),
    );
    expect(engineStartedAt(logs, 17_000)).toBe(5_000);
  });

  it('falls back to the call time without such a line, or without logs', () => {
    expect(engineStartedAt(logger(calling('Path', 'Core', 3_000)), 9_000)).toBe(9_000);
    expect(engineStartedAt({ warn() {} }, 9_000)).toBe(9_000);
    expect(engineStartedAt(undefined, 9_000)).toBe(9_000);
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

  it('ignores a timestamp that cannot be this call: in the future, or long before', () => {
    expect(engineStartedAt(logger(calling('Send Conversions API Event', EXTENSION_DISPLAY_NAME, 90_000)), 9_000)).toBe(
      9_000,
    );
    expect(engineStartedAt(logger(calling('Send Conversions API Event', EXTENSION_DISPLAY_NAME, 9_020)), 9_000)).toBe(
      9_000,
    );
    expect(engineStartedAt(logger(calling('Send Conversions API Event', EXTENSION_DISPLAY_NAME, 1)), 100_000)).toBe(
      100_000,
    );
  });
});
