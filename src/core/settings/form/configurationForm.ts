/** The form part of the extension configuration. */
import { GRAPH_API_BASE_URL, GRAPH_API_VERSION } from '../../constants';
import { CONFIGURATION_FIELDS } from '../configurationFields';
import { withForm } from './part';

export const CONFIGURATION_FORM = withForm(CONFIGURATION_FIELDS, {
  pixelId: {
    sentAsNote: 'the `{pixel_id}` in `POST /{version}/{pixel_id}/events`',
    help: 'The ID of your Meta pixel or dataset, from Meta Events Manager > Data sources (digits only).',
    standIn: 'digits',
    place: 'configuration',
  },
  accessToken: {
    sentAsNote: '`access_token`, in the JSON body (never the URL)',
    help:
      'Generate it in Meta Events Manager > your pixel > Settings > Conversions API > Generate access token. ' +
      'Store it in a Core "Secret" data element and select that here, so it is masked in Edge logs.',
    standIn: { value: 'preview-access-token' },
    place: 'configuration',
  },
  graphApiVersion: {
    placeholder: `e.g. ${GRAPH_API_VERSION}`,
    help: `Leave blank for ${GRAPH_API_VERSION}, the version this release is tested with.`,
    standIn: 'version',
    place: 'configuration',
  },
  appSecret: {
    sentAsNote: '`appsecret_proof` = HMAC-SHA256(app secret, token), hex',
    help:
      'Only if your Meta app requires "appsecret_proof": the app secret from the app\'s Basic settings. ' +
      'Best kept in a Core "Secret" data element.',
    standIn: { value: 'preview-app-secret' },
    place: 'configuration',
  },
  graphApiBaseUrl: {
    placeholder: `e.g. ${GRAPH_API_BASE_URL}`,
    help: `Leave blank for ${GRAPH_API_BASE_URL}. Only https hosts under .facebook.com, or a local test server (http://127.0.0.1:…), are accepted: the access token never leaves Meta's hosts.`,
    standIn: 'origin',
    example: 'http://127.0.0.1:8080',
    place: 'configuration',
  },
});
