/** custom_data: a JSON object; `value` made numeric, `currency` an ISO 4217 code; other keys kept. */
import { SettingError } from '../errors';
import { isBlank } from '../settings/fieldSpec';
import { parseJsonObject } from '../settings/parsers';

const SETTING = 'customData';

export function parseCustomData(value: unknown, eventName: string | undefined): Record<string, unknown> | undefined {
  const parsed = parseJsonObject(value, SETTING);
  const data: Record<string, unknown> = parsed ? { ...parsed } : {};

  if (isBlank(data.value)) delete data.value;
  else data.value = parseAmount(data.value);

  if (isBlank(data.currency)) delete data.currency;
  else data.currency = parseCurrency(data.currency);

  if (eventName === 'Purchase' && (data.value === undefined || data.currency === undefined)) {
    const missing = ['currency', 'value'].filter((k) => data[k] === undefined).join(' and ');
    throw new SettingError(SETTING, `a Purchase needs "currency" and "value"; ${missing} missing. Example: {"currency": "USD", "value": 42.5}.`);
  }
  return Object.keys(data).length ? data : undefined;
}

function parseAmount(value: unknown): number {
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  throw new SettingError(`${SETTING}.value`, 'expected a number such as 42.5 (no currency sign or thousands separator).');
}

function parseCurrency(value: unknown): string {
  if (typeof value === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(value)) return value.trim().toUpperCase();
  throw new SettingError(`${SETTING}.currency`, 'expected a three-letter ISO 4217 code such as USD or EUR.');
}
