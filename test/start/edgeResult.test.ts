/**
 * The reading of the edge runner's answer for shapes the example rule does not produce: a rule
 * whose condition was not met, and a rule with two of this extension's actions. The traces are
 * written as the engine logs them (see send.test.ts for answers from the real runner).
 */
import { describe, expect, it } from 'vitest';
import { readEdgeResult, sendLines, verdictLines, type EdgeResult } from '../../scripts/sandbox/edgeResult';

const log = (ruleId: string, logLevel: string, ...messages: string[]) => ({
  name: 'evaluatingRule',
  attributes: { logLevel },
  messages: ['🚀', ...messages],
  context: { ruleId },
});
const returned = (ruleId: string, responses: unknown[]) =>
  log(
    ruleId,
    'log',
    '"Send Conversions API Event" module from the "Meta Conversions API Forwarder" extension returned.',
    'Output:',
    JSON.stringify({ responses }),
  );
const purchase = {
  event_name: 'Purchase',
  event_id: 'O-1',
  events_received: 1,
  fbtrace_id: 'AAAAAAAAAAA',
  messages: [],
  attempts: 1,
};
const lead = {
  event_name: 'Lead',
  events_received: 1,
  messages: [],
  attempts: 2,
  warnings: ["userData.ph: 1 value(s) dropped, unusable under Meta's rule for ph"],
};

describe('reading the edge runner answer', () => {
  it('a rule whose condition was not met is skipped', () => {
    const answer: EdgeResult = {
      body: {
        status: [['RL1', 'condition_not_met']],
        traces: [log('RL1', 'log', 'Execution of rule "Only consented" is starting.')],
      },
    };
    const reports = readEdgeResult(answer);

    expect(sendLines(reports)).toEqual([
      'rule "Only consented" (RL1): condition_not_met',
      "  skipped: the rule's status is condition_not_met",
      '  warnings: none',
    ]);
    expect(verdictLines(reports)).toEqual(["Only consented: skipped: the rule's status is condition_not_met"]);
  });

  it("an event the consent gate stopped is skipped, with the reason from the action's result", () => {
    const answer: EdgeResult = {
      body: {
        status: [['RL3', 'success']],
        traces: [
          log('RL3', 'log', 'Execution of rule "Consented only" is starting.'),
          returned('RL3', [{ skipped: 'consent denied' }]),
        ],
      },
    };
    expect(verdictLines(readEdgeResult(answer))).toEqual(['Consented only: skipped: consent denied']);
  });

  it('two actions of one rule: one verdict each, each with its own warnings', () => {
    const answer: EdgeResult = {
      body: {
        status: [['RL2', 'success']],
        traces: [
          log('RL2', 'log', 'Execution of rule "Two events" is starting.'),
          returned('RL2', [purchase]),
          log('RL2', 'warn', "Conversions API: userData.ph: 1 value(s) dropped, unusable under Meta's rule for ph"),
          returned('RL2', [purchase, lead]),
        ],
      },
    };
    const reports = readEdgeResult(answer);

    expect(verdictLines(reports)).toEqual([
      'Two events: accepted: Purchase O-1: events_received 1, fbtrace_id AAAAAAAAAAA, 1 attempt',
      'Two events: accepted: Lead: events_received 1, 2 attempts ' +
        "(1 warning: Conversions API: userData.ph: 1 value(s) dropped, unusable under Meta's rule for ph)",
    ]);
    expect(sendLines(reports)).toHaveLength(5);
  });

  it('an error that is neither a setting nor Meta is shown as a failure, without its stack', () => {
    const answer: EdgeResult = {
      body: {
        status: [['RL3', 'failed']],
        traces: [
          log(
            'RL3',
            'error',
            'Failed to execute "Send Conversions API Event". Module timed out. \n' +
              ' Error: Module timed out.\n    at x (y.js:1:1)',
          ),
        ],
      },
    };
    expect(verdictLines(readEdgeResult(answer))).toEqual(['RL3: failed: Module timed out.']);
  });

  it('an answer with no rules says so', () => {
    expect(sendLines(readEdgeResult({ body: { status: [], traces: [] } }))).toEqual(['no rule ran for this request']);
  });
});
