/** The extension configuration (one per property): where events go and with which credentials. */
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
    parse: parseGraphApiVersion,
  },
  appSecret: {
    path: ['appSecret'],
    sentAs: { to: 'body', key: 'appsecret_proof' },
    label: 'App secret (optional)',
    kind: 'secret',
    parse: optionalText,
  },
  graphApiBaseUrl: {
    path: ['graphApiBaseUrl'],
    sentAs: { to: 'url', part: 'origin' },
    label: 'Graph API base URL',
    kind: 'text',
    parse: parseGraphApiBaseUrl,
  },
});
