/**
 * Errors the action throws. Messages name the setting and say how to fix it; they never
 * carry the access token, the app secret or customer data.
 */

/** A setting is missing or invalid; nothing was sent. */
export class SettingError extends Error {
  /** The setting's path, e.g. `serverEvent.event_time`. */
  readonly setting: string;
  /** What is wrong and how to fix it, without naming the setting (a form shows it under the field). */
  readonly problem: string;
  readonly label?: string;
  constructor(setting: string, problem: string, label?: string) {
    super(`Invalid setting ${label ? `"${label}" (${setting})` : `"${setting}"`}: ${problem}`);
    this.name = 'SettingError';
    this.setting = setting;
    this.problem = problem;
    this.label = label;
  }
}

/** What Meta (or the network) answered when the event was not accepted. */
export interface GraphFailure {
  /** HTTP status, absent for network errors and timeouts. */
  status?: number;
  code?: number;
  subcode?: number;
  title?: string;
  message: string;
  fbtraceId?: string;
  transient: boolean;
}

/** Meta rejected the event, or could not be reached after the retries allowed. */
export class GraphError extends Error {
  readonly failure: GraphFailure;
  readonly attempts: number;
  constructor(failure: GraphFailure, attempts: number) {
    super(describeFailure(failure, attempts));
    this.name = 'GraphError';
    this.failure = failure;
    this.attempts = attempts;
  }
}

function describeFailure(f: GraphFailure, attempts: number): string {
  const where = [
    f.status !== undefined ? `HTTP ${f.status}` : undefined,
    f.code !== undefined ? `code ${f.code}` : undefined,
    f.subcode !== undefined ? `subcode ${f.subcode}` : undefined,
  ].filter(Boolean);
  const head = f.status === undefined ? 'Meta could not be reached' : 'Meta rejected the event';
  const said = f.title ? `${f.title}: ${f.message}` : f.message;
  const text = /[.!?]$/.test(said) ? said : `${said}.`;
  const trace = f.fbtraceId ? ` fbtrace_id: ${f.fbtraceId}.` : '';
  const tries = ` Attempts: ${attempts}${f.transient ? ' (transient; retries exhausted)' : ''}.`;
  return `${head}${where.length ? ` (${where.join(', ')})` : ''}: ${text}${trace}${tries}`;
}
