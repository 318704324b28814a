/**
 * Counts the work of handling text, in characters scanned, instead of timing it: while the meter
 * is on, each call of a String, RegExp, JSON or text-coding primitive costs what it may read (a
 * search up to what it found, a slice or a serialization what it made, a parse or a regular
 * expression its whole input). One regular-expression call can cost far more than its input's
 * length (a backtracking pattern over an unclosed `<`), so their longest input is recorded too.
 * Indexing (`text[i]`) and concatenation are not seen: code that scans with them is counted only
 * by the primitives it calls per character.
 *
 * Self-contained, so that its source also runs inside workerd (test/support/workerd.ts).
 */
export interface WorkMeter {
  /** Characters scanned while on. */
  chars: number;
  /** The longest input a regular expression was run over while on. */
  longestRegexInput: number;
  on: boolean;
  /** Puts the primitives back. */
  uninstall(): void;
}

export function installWorkMeter(): WorkMeter {
  type Cost = (self: unknown, args: unknown[], result: unknown) => number;
  const meter: WorkMeter = { chars: 0, longestRegexInput: 0, on: false, uninstall: () => {} };
  const restores: (() => void)[] = [];
  const length = (value: unknown) => (typeof value === 'string' ? value.length : 0);
  const wrap = (owner: object, key: PropertyKey, cost: Cost) => {
    const original = (owner as Record<PropertyKey, (...args: unknown[]) => unknown>)[key];
    const define = (value: unknown) =>
      Object.defineProperty(owner, key, { value, writable: true, configurable: true, enumerable: false });
    define(function (this: unknown, ...args: unknown[]) {
      let result: unknown;
      try {
        result = original.apply(this, args);
        return result;
      } finally {
        if (meter.on) {
          // The cost is worked out with the meter off: it uses the same primitives.
          meter.on = false;
          meter.chars += cost(this, args, result);
          meter.on = true;
        }
      }
    });
    restores.push(() => define(original));
  };
  const whole: Cost = (self) => length(self);
  const made: Cost = (_self, _args, result) => length(result);
  const one: Cost = () => 1;
  const regex: Cost = (_self, args) => {
    const input = length(String(args[0]));
    meter.longestRegexInput = Math.max(meter.longestRegexInput, input);
    return input;
  };
  const string = String.prototype;
  for (const key of ['charAt', 'charCodeAt', 'codePointAt', 'at']) wrap(string, key, one);
  for (const key of ['slice', 'substring', 'substr', 'padStart', 'padEnd', 'repeat']) wrap(string, key, made);
  for (const key of ['startsWith', 'endsWith']) wrap(string, key, (_self, args) => length(String(args[0])));
  for (const key of [
    'includes',
    'lastIndexOf',
    'split',
    'replace',
    'replaceAll',
    'match',
    'matchAll',
    'search',
    'trim',
    'trimStart',
    'trimEnd',
    'toLowerCase',
    'toUpperCase',
    'normalize',
    'localeCompare',
  ])
    wrap(string, key, whole);
  wrap(string, 'indexOf', (self, args, found) => {
    const from = Math.max(0, Number(args[1]) || 0);
    return (typeof found === 'number' && found >= 0 ? found + length(String(args[0])) : length(self)) - from;
  });
  const regexp = RegExp.prototype as unknown as object;
  for (const key of ['exec', 'test', Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll, Symbol.search])
    wrap(regexp, key, regex);
  wrap(JSON, 'parse', (_self, args) => length(args[0]));
  wrap(JSON, 'stringify', made);
  wrap(TextEncoder.prototype, 'encode', (_self, args) => length(args[0]));
  wrap(TextDecoder.prototype, 'decode', made);
  meter.uninstall = () => {
    for (const restore of restores.reverse()) restore();
  };
  return meter;
}

/** The work of `fn`, with the meter on around it alone (`fn` is synchronous). */
export function measureWork<T>(fn: () => T): { result: T; chars: number; longestRegexInput: number } {
  const meter = installWorkMeter();
  try {
    meter.on = true;
    const result = fn();
    meter.on = false;
    return { result, chars: meter.chars, longestRegexInput: meter.longestRegexInput };
  } finally {
    meter.on = false;
    meter.uninstall();
  }
}
