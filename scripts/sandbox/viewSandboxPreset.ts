/**
 * The view sandbox opened on npm start's real rule. Adobe's sandbox keeps each view's init info
 * in the browser's localStorage (`initInfo/<platform>/<extension>/<view type>[/<name>]`) and
 * falls back to a sample (`settings: null`, `extensionSettings: {"foo":"bar"}`); no file of its
 * own presets it. It does serve `.sandbox/files/` at `/files/`, on the same origin, so a page
 * there can store the rule's init info and the last selected view, then open `/#/viewSandbox`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../manifest';
import { actionSettings, extensionSettings } from './container';

export const VIEW_SANDBOX_PRESET_PATH = '/files/view-sandbox.html';

interface Descriptor {
  name: string;
  platform: string;
  configuration?: { schema?: unknown };
  actions?: { name: string; schema?: unknown }[];
}

/** The same fields as the sandbox's sample init, with npm start's settings. */
function initInfo(settings: unknown, schema: unknown, extension?: unknown): Record<string, unknown> {
  return {
    settings,
    ...(extension === undefined ? {} : { extensionSettings: extension }),
    propertySettings: { id: 'PRlocal', domains: ['localhost'], undefinedVarsReturnEmpty: false },
    company: { orgId: '000000000000000000000000@AdobeOrg' },
    tokens: { imsAccess: 'local-sandbox' },
    apiEndpoints: { reactor: '//localhost' },
    userConsentPermissions: {},
    preferredLanguages: ['en-us'],
    schema: schema ?? null,
  };
}

/** localStorage entries: key to string value. */
export function presetEntries(
  graphApiBaseUrl: string,
  descriptor: Descriptor = readDescriptor(),
): Record<string, string> {
  const action = descriptor.actions?.[0];
  if (!action) throw new Error('extension.json declares no action');
  const prefix = `${descriptor.platform}/${descriptor.name}`;
  const configuration = extensionSettings(graphApiBaseUrl);
  const settings = actionSettings((name) => `{{${name}}}`);
  return {
    [`initInfo/${prefix}/configuration`]: JSON.stringify(
      initInfo(configuration, descriptor.configuration?.schema),
      null,
      2,
    ),
    [`initInfo/${prefix}/actions/${action.name}`]: JSON.stringify(
      initInfo(settings, action.schema, configuration),
      null,
      2,
    ),
    [`lastSelectedViewType/${prefix}`]: 'actions',
    [`lastSelectedView/${prefix}`]: `actions/${action.name}`,
  };
}

export function presetPage(entries: Record<string, string>): string {
  // JSON inside a <script>: escape "<" so no value can close the element.
  const data = JSON.stringify(entries).replace(/</g, '\\u003c');
  return `<!doctype html>
<meta charset="utf-8">
<title>View sandbox: npm start's rule</title>
<p>Opening the view sandbox with npm start's extension configuration and rule…</p>
<script>
  // Written by npm start (scripts/sandbox/viewSandboxPreset.ts): the sandbox reads these keys.
  const entries = ${data};
  for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  location.replace('/#/viewSandbox');
</script>
`;
}

/** Writes `.sandbox/files/view-sandbox.html` under `root`. */
export function writeViewSandboxPreset(root: string, graphApiBaseUrl: string): string {
  const file = join(root, '.sandbox', VIEW_SANDBOX_PRESET_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, presetPage(presetEntries(graphApiBaseUrl)));
  return file;
}

function readDescriptor(): Descriptor {
  return JSON.parse(readFileSync(join(ROOT, 'extension.json'), 'utf8')) as Descriptor;
}
