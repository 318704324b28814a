/**
 * JSON text that may hold data-element tokens outside strings, such as `{"value": {{total}}}`:
 * the platform substitutes those before the action parses the text, so they are valid. To check
 * the rest of the JSON, each bare token is swapped for a JSON string of the same length (error
 * positions stay right), and swapped back to the token text in the parsed result.
 */
import { SettingError } from '../../core/errors';
import { parseJsonObject } from '../../core/settings/parsers';
import { TOKEN } from '../../core/values';
import { jsonErrorOffset, positionAt } from './jsonPosition';

/** Private-use characters: never in real settings, and one code unit each (lengths match). */
const MARK = '\uE000';
const MARKED = new RegExp(`^${MARK}([^{}]+)${MARK}$`);
const BARE_TOKEN = new RegExp(`^${TOKEN.source}`);

/** `{{name}}` outside strings becomes `"\uE000name\uE000"`, of the same length. */
export function markBareTokens(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      out += ch;
      continue;
    }
    if (ch === '"') inString = true;
    const token = ch === '{' ? BARE_TOKEN.exec(text.slice(i)) : null;
    if (token) {
      out += `"${MARK}${token[0].slice(2, -2)}${MARK}"`;
      i += token[0].length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Marked strings back to their token text, anywhere in a parsed value. */
export function unmarkTokens(value: unknown): unknown {
  if (typeof value === 'string') {
    const m = MARKED.exec(value);
    return m ? `{{${m[1]}}}` : value;
  }
  if (Array.isArray(value)) return value.map(unmarkTokens);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unmarkTokens(v)]));
  }
  return value;
}

/**
 * The core's parseJsonObject, for text that may hold bare tokens: the object (tokens kept as
 * strings), undefined when blank; throws the core's SettingError naming the setting, with the
 * line and column where invalid JSON goes wrong.
 */
export function parseJsonObjectWithTokens(value: unknown, setting: string): Record<string, unknown> | undefined {
  const marked = typeof value === 'string' ? markBareTokens(value) : value;
  let parsed: Record<string, unknown> | undefined;
  try {
    parsed = parseJsonObject(marked, setting);
  } catch (error) {
    const offset = typeof marked === 'string' ? jsonErrorOffset(marked) : undefined;
    if (!(error instanceof SettingError) || offset === undefined) throw error;
    const { line, column } = positionAt(marked as string, offset);
    const at = `line ${line}, column ${column}`;
    const where = offset >= (marked as string).length ? `: it ends too soon (${at})` : ` at ${at}`;
    throw new SettingError(
      setting,
      `it is not valid JSON${where}. Enter a JSON object such as {"currency": "USD", "value": 10}.`,
    );
  }
  return parsed && (unmarkTokens(parsed) as Record<string, unknown>);
}
