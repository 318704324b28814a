/** Where and as whom to send: the extension configuration, with the action's optional overrides. */
import { GRAPH_API_BASE_URL, GRAPH_API_VERSION } from '../constants';
import { isBlank, isPlainObject, valueAt } from '../values';
import { OVERRIDE_FIELDS } from './actionFields';
import { CONFIGURATION_FIELDS } from './configurationFields';
import { parseField, type Field } from './field';

export interface Connection {
  pixelId: string;
  accessToken: string;
  graphApiVersion: string;
  graphApiBaseUrl: string;
  appSecret?: string;
}

const sameTarget = (a: Field, b: Field) => JSON.stringify(a.sentAs) === JSON.stringify(b.sentAs);
/** Each configuration field with the action field that overrides it (the same part of the request), if any. */
const FIELDS = (Object.entries(CONFIGURATION_FIELDS) as [string, Field][]).map(([key, field]) => ({
  key,
  field,
  override: (Object.values(OVERRIDE_FIELDS) as Field[]).find((o) => sameTarget(o, field)),
}));

export function resolveConnection(extensionSettings: unknown, actionSettings: unknown): Connection {
  const ext = isPlainObject(extensionSettings) ? extensionSettings : {};
  const values: Record<string, unknown> = {};
  for (const { key, field, override } of FIELDS) {
    // An action's override replaces the configuration's value for the same part of the request.
    const overriding = override && valueAt(actionSettings, override.path);
    values[key] = !isBlank(overriding)
      ? parseField(field, overriding, override)
      : parseField(field, valueAt(ext, field.path));
  }
  return {
    pixelId: values.pixelId as string,
    accessToken: values.accessToken as string,
    graphApiVersion: (values.graphApiVersion as string | undefined) ?? GRAPH_API_VERSION,
    graphApiBaseUrl: (values.graphApiBaseUrl as string | undefined) ?? GRAPH_API_BASE_URL,
    appSecret: values.appSecret as string | undefined,
  };
}
