/** The extension configuration (one per property): where events go and with which credentials. */
import { GRAPH_API_BASE_URL, GRAPH_API_VERSION } from '../constants';
import { declare } from './field';
import { optionalText, parseAccessToken, parseGraphApiBaseUrl, parseGraphApiVersion, parsePixelId } from './parsers';

export const CONFIGURATION_FIELDS = declare({
  pixelId: {
    path: ['pixelId'],
    sentAs: { to: 'url', part: 'pixel_id' },
    label: 'Pixel ID',
    kind: 'text',
    required: true,
    parse: parsePixelId,
  },
  accessToken: {
    path: ['accessToken'],
    sentAs: { to: 'body', key: 'access_token' },
    label: 'Access token',
    kind: 'secret',
    required: true,
    parse: parseAccessToken,
  },
  graphApiVersion: {
    path: ['graphApiVersion'],
    sentAs: { to: 'url', part: 'version' },
    label: 'Graph API version',
    kind: 'text',
    parse: (value, setting) => parseGraphApiVersion(value, setting) ?? GRAPH_API_VERSION,
  },
  appSecret: {
    path: ['appSecret'],
    sentAs: { to: 'body', key: 'appsecret_proof', hmacOf: 'access_token' },
    label: 'App secret (optional)',
    kind: 'secret',
    parse: optionalText,
  },
  graphApiBaseUrl: {
    path: ['graphApiBaseUrl'],
    sentAs: { to: 'url', part: 'origin' },
    label: 'Graph API base URL',
    kind: 'text',
    parse: (value, setting) => parseGraphApiBaseUrl(value, setting) ?? GRAPH_API_BASE_URL,
  },
});
