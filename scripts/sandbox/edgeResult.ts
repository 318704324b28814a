/**
 * What a developer looks for in the sandbox edge runner's answer (rule statuses plus dozens of
 * engine traces): per rule, its status, then for each of this extension's actions its result or
 * error, and the warnings logged on the way. Used by `npm run send` and by npm start's verdict
 * lines. It reads only the answer: the result the engine logged, its error, its warnings.
 */
import { EXTENSION_DISPLAY_NAME } from '../../src/core/constants';

/** The edge runner's answer to one request. */
export interface EdgeResult {
  header?: unknown;
  body?: {
    status?: [string, string][];
    traces?: { attributes?: { logLevel?: string }; messages?: unknown[]; context?: { ruleId?: string } }[];
  };
}

type OutcomeKind = 'accepted' | 'refused' | 'rejected' | 'unreachable' | 'failed' | 'skipped';

interface Outcome {
  kind: OutcomeKind;
  /** One line: the event and Meta's answer, or the error's message. */
  text: string;
  /** Warnings logged by the action (and the rule) before this outcome. */
  warnings: string[];
}

export interface RuleReport {
  id: string;
  name?: string;
  status: string;
  outcomes: Outcome[];
}

const LABEL: Record<OutcomeKind, string> = {
  accepted: 'accepted',
  refused: 'refused by the action before sending',
  rejected: 'rejected by Meta',
  unreachable: 'not delivered',
  failed: 'failed',
  skipped: 'skipped',
};

export function readEdgeResult(result: EdgeResult): RuleReport[] {
  const rules = new Map<string, RuleReport & { pending: string[] }>();
  const rule = (id: string) => {
    let found = rules.get(id);
    if (!found) rules.set(id, (found = { id, status: 'not run', outcomes: [], pending: [] }));
    return found;
  };
  for (const [id, status] of result.body?.status ?? []) rule(id).status = status;

  for (const trace of result.body?.traces ?? []) {
    const id = trace.context?.ruleId;
    if (!id) continue;
    const current = rule(id);
    const parts = (trace.messages ?? []).map((m) => (typeof m === 'string' ? m : JSON.stringify(m)));
    if (parts.length && !/\w/.test(parts[0])) parts.shift(); // the sandbox's "🚀" prefix
    const head = parts[0] ?? '';
    const level = trace.attributes?.logLevel;

    const starting = /^Execution of rule "(.*)" is starting\.$/.exec(head);
    if (starting) current.name = starting[1];
    else if (level === 'warn') current.pending.push(parts.join(' '));
    else if (level === 'error' && head.startsWith('Failed to execute ')) addOutcome(current, failure(head));
    else if (
      head.endsWith(` module from the "${EXTENSION_DISPLAY_NAME}" extension returned.`) &&
      parts[1] === 'Output:'
    ) {
      const outcome = accepted(parts[2]);
      if (outcome) addOutcome(current, outcome);
    }
  }

  return [...rules.values()].map(({ pending, ...report }) => {
    if (report.status !== 'success' && report.status !== 'failed' && !report.outcomes.length) {
      report.outcomes.push({ kind: 'skipped', text: `the rule's status is ${report.status}`, warnings: pending });
    } else if (pending.length && report.outcomes.length) {
      report.outcomes[report.outcomes.length - 1].warnings.push(...pending);
    }
    return report;
  });

  function addOutcome(
    report: RuleReport & { pending: string[] },
    outcome: Omit<Outcome, 'warnings'> & { warnings?: string[] },
  ) {
    const warnings = [...report.pending];
    for (const w of outcome.warnings ?? []) if (!warnings.some((seen) => seen.endsWith(w))) warnings.push(w);
    report.outcomes.push({ kind: outcome.kind, text: outcome.text, warnings });
    report.pending = [];
  }
}

/** The action's result in the stash: the last response is the event this action sent. */
function accepted(output: string | undefined): (Omit<Outcome, 'warnings'> & { warnings?: string[] }) | undefined {
  let parsed: { responses?: Record<string, unknown>[] };
  try {
    parsed = JSON.parse(output ?? '');
  } catch {
    return undefined;
  }
  const response = parsed.responses?.[parsed.responses.length - 1];
  if (!response) return undefined;
  // The consent gate stopped the event: nothing was sent.
  if (typeof response.skipped === 'string') return { kind: 'skipped', text: response.skipped };
  const details = [
    `events_received ${response.events_received}`,
    response.test_event_code ? `test_event_code ${response.test_event_code}` : undefined,
    response.fbtrace_id ? `fbtrace_id ${response.fbtrace_id}` : undefined,
    `${response.attempts} attempt${response.attempts === 1 ? '' : 's'}`,
    Array.isArray(response.messages) && response.messages.length
      ? `messages ${JSON.stringify(response.messages)}`
      : undefined,
  ].filter(Boolean);
  const event = [response.event_name, response.event_id].filter(Boolean).join(' ');
  const warnings = Array.isArray(response.warnings) ? response.warnings.map(String) : [];
  return { kind: 'accepted', text: `${event}: ${details.join(', ')}`, warnings };
}

/** `Failed to execute "<module>". <message> \n <ErrorName>: <stack>`, as the engine logs it. */
function failure(head: string): Omit<Outcome, 'warnings'> {
  const [message, stack = ''] = head.replace(/^Failed to execute "[^"]*"\. /, '').split(/ ?\n/, 2);
  const name = /^\s*(\w+):/.exec(stack)?.[1];
  const text = message.trim();
  if (name === 'SettingError') return { kind: 'refused', text };
  if (name === 'GraphError') return { kind: text.startsWith('Meta rejected') ? 'rejected' : 'unreachable', text };
  return { kind: 'failed', text };
}

/** `npm run send`: a few lines per rule. */
export function sendLines(reports: RuleReport[]): string[] {
  if (!reports.length) return ['no rule ran for this request'];
  return reports.flatMap((report) => {
    const lines = [`rule ${report.name ? `"${report.name}" ` : ''}(${report.id}): ${report.status}`];
    for (const outcome of report.outcomes) {
      lines.push(`  ${LABEL[outcome.kind]}: ${outcome.text}`);
      lines.push(...(outcome.warnings.length ? outcome.warnings.map((w) => `  warning: ${w}`) : ['  warnings: none']));
    }
    return lines;
  });
}

/** npm start's terminal: one line per event the rules processed. */
export function verdictLines(reports: RuleReport[]): string[] {
  return reports.flatMap((report) =>
    report.outcomes.map((outcome) => {
      const count = outcome.warnings.length;
      const warnings = count ? ` (${count} warning${count === 1 ? '' : 's'}: ${outcome.warnings.join('; ')})` : '';
      return `${report.name ?? report.id}: ${LABEL[outcome.kind]}: ${outcome.text}${warnings}`;
    }),
  );
}
