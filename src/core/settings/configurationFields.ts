/** The extension configuration (one per property): where events go and with which credentials. */
import { GRAPH_API_BASE_URL, GRAPH_API_VERSION } from '../constants';
import type { FieldSpec } from './fieldSpec';

export const CONFIGURATION_FIELDS = {
  pixelId: {
    key: 'pixelId',
    label: 'Pixel ID',
    kind: 'text',
    required: true,
    help: 'The ID of your Meta pixel or dataset, from Meta Events Manager > Data sources (digits only).',
  },
  accessToken: {
    key: 'accessToken',
    label: 'Access token',
    kind: 'secret',
    required: true,
    help: 'Generate it in Meta Events Manager > your pixel > Settings > Conversions API > Generate access token. Store it in a Core "Secret" data element and select that here, so it is masked in Edge logs.',
  },
  graphApiVersion: {
    key: 'graphApiVersion',
    label: 'Graph API version',
    kind: 'text',
    placeholder: GRAPH_API_VERSION,
    help: `Leave blank for ${GRAPH_API_VERSION}, the version this release is tested with.`,
  },
  appSecret: {
    key: 'appSecret',
    label: 'App secret (optional)',
    kind: 'secret',
    help: 'Only if your Meta app requires "appsecret_proof": the app secret from the app\'s Basic settings. Best kept in a Core "Secret" data element.',
  },
  graphApiBaseUrl: {
    key: 'graphApiBaseUrl',
    label: 'Graph API base URL',
    kind: 'text',
    placeholder: GRAPH_API_BASE_URL,
    help: `Leave blank for ${GRAPH_API_BASE_URL}. Only https hosts under .facebook.com, or a local test server (http://127.0.0.1:…), are accepted: the access token never leaves Meta's hosts.`,
  },
} as const satisfies Record<string, FieldSpec>;

/** Stored extension settings (values may be data-element tokens). */
export interface ConfigurationSettings {
  pixelId: string;
  accessToken: string;
  graphApiVersion?: string;
  appSecret?: string;
  graphApiBaseUrl?: string;
}
