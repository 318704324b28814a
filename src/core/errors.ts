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
  /** Every problem found with the settings, this one first: the form shows them all at once. */
  readonly problems: readonly SettingError[];
  constructor(setting: string, problem: string, label?: string, others: readonly SettingError[] = []) {
    const also = others.map((o) => (o.label ? `"${o.label}" (${o.setting})` : `"${o.setting}"`));
    super(
      `Invalid setting ${label ? `"${label}" (${setting})` : `"${setting}"`}: ${problem}` +
        (also.length ? ` Also invalid: ${also.join(', ')}.` : ''),
    );
    this.name = 'SettingError';
    this.setting = setting;
    this.problem = problem;
    this.label = label;
    this.problems = [this, ...others];
  }

  /** One error for several problems: the first one's message, naming the others after it. */
  static all(problems: readonly SettingError[]): SettingError {
    const [first, ...others] = problems;
    return others.length ? new SettingError(first.setting, first.problem, first.label, others) : first;
  }
}

/** What Meta (or the network) answered when the event was not accepted. */
export interface GraphFailure {
  /** HTTP status, absent for network errors, timeouts and attempts never started. */
  status?: number;
  code?: number;
  subcode?: number;
  title?: string;
  message: string;
  fbtraceId?: string;
  /** Meta's `messages`, when the answer had some. */
  messages?: unknown[];
  transient: boolean;
}

/** Meta rejected the event, or could not be reached after the retries allowed. */
export class GraphError extends Error {
  readonly failure: GraphFailure;
  /** 0 when no attempt could start inside the time budget. */
  readonly attempts: number;
  /** `stopped`: why a transient failure was not retried again. */
  constructor(failure: GraphFailure, attempts: number, stopped = 'retries exhausted') {
    super(describeFailure(failure, attempts, stopped));
    this.name = 'GraphError';
    this.failure = failure;
    this.attempts = attempts;
  }
}

function describeFailure(f: GraphFailure, attempts: number, stopped: string): string {
  const where = [
    f.status !== undefined ? `HTTP ${f.status}` : undefined,
    f.code !== undefined ? `code ${f.code}` : undefined,
    f.subcode !== undefined ? `subcode ${f.subcode}` : undefined,
  ].filter(Boolean);
  const said = f.title ? `${f.title}: ${f.message}` : f.message;
  const text = /[.!?]$/.test(said) ? said : `${said}.`;
  const trace = f.fbtraceId ? ` fbtrace_id: ${f.fbtraceId}.` : '';
  const messages = f.messages?.length ? ` Messages: ${clip(JSON.stringify(f.messages))}.` : '';
  const tries = ` Attempts: ${attempts}${f.transient && attempts > 0 ? ` (transient; ${stopped})` : ''}.`;
  const codes = where.length ? ` (${where.join(', ')})` : '';
  return `${head(f.status, attempts)}${codes}: ${text}${trace}${messages}${tries}`;
}

function head(status: number | undefined, attempts: number): string {
  if (attempts === 0) return 'The event was not sent';
  if (status === undefined) return 'Meta could not be reached';
  if (status >= 200 && status < 300) return 'Meta did not confirm the event';
  if (status >= 300 && status < 400) return 'The Graph API endpoint redirected';
  return 'Meta rejected the event';
}

const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
