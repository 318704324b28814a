/**
 * Where and as whom to send: the extension configuration, with the action's optional overrides,
 * each value placed where its declaration says (a part of the URL, a key of the body). A new
 * configuration setting is sent by declaring it; nothing here names one.
 */
import { hmacSha256Hex } from '../hash/sha256';
import { isBlank, isPlainObject, valueAt } from '../values';
import { OVERRIDE_FIELDS } from './actionFields';
import { CONFIGURATION_FIELDS } from './configurationFields';
import { parseField, type Field } from './field';

export interface Connection {
  /** The parts of `POST {origin}/{version}/{pixel_id}/events`. */
  url: { origin: string; version: string; pixel_id: string };
  /** The top-level body keys the configuration gives (access_token, appsecret_proof). */
  body: Record<string, unknown>;
  /** Values that must never leave in an error, a log line or a result: the secrets set. */
  secrets: string[];
}

const sameTarget = (a: Field, b: Field) => JSON.stringify(a.sentAs) === JSON.stringify(b.sentAs);
/** Each configuration field with the action field that overrides it (the same part of the request), if any. */
const FIELDS = (Object.values(CONFIGURATION_FIELDS) as Field[]).map((field) => ({
  field,
  override: (Object.values(OVERRIDE_FIELDS) as Field[]).find((o) => sameTarget(o, field)),
}));

export function resolveConnection(extensionSettings: unknown, actionSettings: unknown): Connection {
  const ext = isPlainObject(extensionSettings) ? extensionSettings : {};
  const url: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  const secrets: string[] = [];
  const proofs: [key: string, secret: string, of: string][] = [];
  for (const { field, override } of FIELDS) {
    // An action's override replaces the configuration's value for the same part of the request.
    const overriding = override && valueAt(actionSettings, override.path);
    const value = !isBlank(overriding)
      ? parseField(field, overriding, override)
      : parseField(field, valueAt(ext, field.path));
    if (value === undefined) continue;
    if (field.kind === 'secret') secrets.push(String(value));
    const to = field.sentAs;
    if (to.to === 'url') url[to.part] = String(value);
    else if (to.to === 'body' && to.hmacOf) proofs.push([to.key, String(value), to.hmacOf]);
    else if (to.to === 'body') body[to.key] = value;
  }
  // A proof is the HMAC of another key's value, keyed with this secret (appsecret_proof of the token).
  for (const [key, secret, of] of proofs) body[key] = hmacSha256Hex(secret, String(body[of]));
  return { url: url as Connection['url'], body, secrets };
}
