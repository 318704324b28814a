/**
 * extension.json, generated from the settings contract. `npm run manifest` writes it; a test
 * fails when the committed file differs from what this produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DISPLAY_NAME, EXTENSION_NAME } from '../src/core/constants';
import { actionSchema, configurationSchema } from '../src/core/settings/schemas';

export const ROOT = join(__dirname, '..');
export const LIB_PATH = 'dist/lib/actions/sendConversionsApiEvent.js';
export const VIEW_BASE_PATH = 'dist/view/';
export const CONFIGURATION_VIEW = 'configuration/configuration.html';
export const ACTION_VIEW = 'actions/sendConversionsApiEvent.html';

export function buildManifest(): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return {
    name: EXTENSION_NAME,
    version: pkg.version,
    platform: 'edge',
    displayName: EXTENSION_DISPLAY_NAME,
    description:
      "Sends server-side events to Meta's Conversions API with Meta's normalization and SHA-256 hashing, " +
      "validation before sending, and Meta's own error on failure.",
    author: { name: pkg.author ?? 'Meta CAPI Forwarder contributors' },
    iconPath: 'src/assets/icon.svg',
    viewBasePath: VIEW_BASE_PATH,
    configuration: { viewPath: CONFIGURATION_VIEW, schema: configurationSchema() },
    actions: [
      {
        name: 'send-conversions-api-event',
        displayName: 'Send Conversions API Event',
        libPath: LIB_PATH,
        viewPath: ACTION_VIEW,
        schema: actionSchema(),
      },
    ],
  };
}

export function manifestText(): string {
  return `${JSON.stringify(buildManifest(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(join(ROOT, 'extension.json'), manifestText());
  console.log('wrote extension.json');
}
