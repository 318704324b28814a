/** Where and as whom to send: the extension configuration, with the action's optional overrides. */
import { GRAPH_API_BASE_URL, GRAPH_API_VERSION } from '../constants';
import { isBlank } from './fieldSpec';
import { isPlainObject, optionalText, parseAccessToken, parseGraphApiBaseUrl, parseGraphApiVersion, parsePixelId } from './parsers';

export interface Connection {
  pixelId: string;
  accessToken: string;
  graphApiVersion: string;
  graphApiBaseUrl: string;
  appSecret?: string;
}

export function resolveConnection(extensionSettings: unknown, actionSettings: Record<string, unknown>): Connection {
  const ext = isPlainObject(extensionSettings) ? extensionSettings : {};
  const pixelId = isBlank(actionSettings.pixelId)
    ? parsePixelId(ext.pixelId, 'pixelId')
    : parsePixelId(actionSettings.pixelId, 'pixelId (action override)');
  const accessToken = isBlank(actionSettings.accessToken)
    ? parseAccessToken(ext.accessToken, 'accessToken')
    : parseAccessToken(actionSettings.accessToken, 'accessToken (action override)');
  return {
    pixelId,
    accessToken,
    graphApiVersion: parseGraphApiVersion(ext.graphApiVersion, 'graphApiVersion') ?? GRAPH_API_VERSION,
    graphApiBaseUrl: parseGraphApiBaseUrl(ext.graphApiBaseUrl, 'graphApiBaseUrl') ?? GRAPH_API_BASE_URL,
    appSecret: optionalText(ext.appSecret, 'appSecret'),
  };
}
