/** The extension configuration (one per property): where events go and with which credentials. */
import { GRAPH_API_BASE_URL, GRAPH_API_VERSION } from '../constants';
import { declare } from './field';
import { optionalText, parseAccessToken, parseGraphApiBaseUrl, parseGraphApiVersion, parsePixelId } from './parsers';

export const CONFIGURATION_FIELDS = declare({
  pixelId: {
    path: ['pixelId'],
    sentAs: { to: 'url', part: 'pixel_id' },
    sentAsNote: 'the `{pixel_id}` in `POST /{version}/{pixel_id}/events`',
    label: 'Pixel ID',
    kind: 'text',
    required: true,
    help: 'The ID of your Meta pixel or dataset, from Meta Events Manager > Data sources (digits only).',
    parse: parsePixelId,
    standIn: 'digits',
    place: 'configuration',
  },
  accessToken: {
    path: ['accessToken'],
    sentAs: { to: 'body', key: 'access_token' },
    sentAsNote: '`access_token`, in the JSON body (never the URL)',
    label: 'Access token',
    kind: 'secret',
    required: true,
    help:
      'Generate it in Meta Events Manager > your pixel > Settings > Conversions API > Generate access token. ' +
      'Store it in a Core "Secret" data element and select that here, so it is masked in Edge logs.',
    parse: parseAccessToken,
    standIn: { value: 'preview-access-token' },
    place: 'configuration',
  },
  graphApiVersion: {
    path: ['graphApiVersion'],
    sentAs: { to: 'url', part: 'version' },
    label: 'Graph API version',
    kind: 'text',
    placeholder: `e.g. ${GRAPH_API_VERSION}`,
    help: `Leave blank for ${GRAPH_API_VERSION}, the version this release is tested with.`,
    parse: parseGraphApiVersion,
    standIn: 'version',
    place: 'configuration',
  },
  appSecret: {
    path: ['appSecret'],
    sentAs: { to: 'body', key: 'appsecret_proof' },
    sentAsNote: '`appsecret_proof` = HMAC-SHA256(app secret, token), hex',
    label: 'App secret (optional)',
    kind: 'secret',
    help:
      'Only if your Meta app requires "appsecret_proof": the app secret from the app\'s Basic settings. ' +
      'Best kept in a Core "Secret" data element.',
    parse: optionalText,
    standIn: { value: 'preview-app-secret' },
    place: 'configuration',
  },
  graphApiBaseUrl: {
    path: ['graphApiBaseUrl'],
    sentAs: { to: 'url', part: 'origin' },
    label: 'Graph API base URL',
    kind: 'text',
    placeholder: `e.g. ${GRAPH_API_BASE_URL}`,
    help: `Leave blank for ${GRAPH_API_BASE_URL}. Only https hosts under .facebook.com, or a local test server (http://127.0.0.1:…), are accepted: the access token never leaves Meta's hosts.`,
    parse: parseGraphApiBaseUrl,
    standIn: 'origin',
    example: 'http://127.0.0.1:8080',
    place: 'configuration',
  },
});
