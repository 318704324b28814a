/**
 * Removes secrets (the access token, the app secret) from anything about to leave the action:
 * an error, a log line, the returned summary. Meta, a proxy or a stand-in may echo them back.
 */

const REDACTED = '[redacted]';

/** Secrets shorter than this are not searched for: they would mark random text. */
const MIN_SECRET_LENGTH = 4;

export function redactText(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && text.includes(secret)) text = text.split(secret).join(REDACTED);
  }
  return text;
}

/**
 * A copy of a JSON-like value with every string (keys included) redacted. It recurses: what it is
 * given is shallow, since Meta's `messages`, the only part that comes from the answer's nesting,
 * are kept four levels deep at most (graph/response.ts).
 */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets)) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[redactText(key, secrets)] = redactValue(item, secrets);
    return copy as T;
  }
  return value;
}

/** The same error, its message, stack and Graph failure details redacted. */
export function redactError(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactText(error, secrets) : error;
  error.message = redactText(error.message, secrets);
  if (error.stack) error.stack = redactText(error.stack, secrets);
  const withFailure = error as Error & { failure?: unknown };
  if (withFailure.failure) withFailure.failure = redactValue(withFailure.failure, secrets);
  return error;
}
