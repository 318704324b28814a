/**
 * The one module that talks to the extension bridge. The page loads Adobe's loader script,
 * which defines `window.extensionBridge`, and sets `window.extensionBridgeLoaded` meanwhile
 * (scripts/buildViews.ts): the view registers once it has loaded.
 */
import type { ExtensionBridge, ViewMethods } from './types';

function bridge(): ExtensionBridge {
  const found = window.extensionBridge;
  if (!found) {
    throw new Error(
      'window.extensionBridge is missing: the page must load extensionbridge.min.js before the view registers.',
    );
  }
  return found;
}

export async function registerView(methods: ViewMethods): Promise<void> {
  await window.extensionBridgeLoaded;
  await bridge().register(methods);
}

/** `{{name}}` of the data element the user picked; undefined when cancelled. */
export async function pickDataElement(): Promise<string | undefined> {
  const token = await bridge().openDataElementSelector({ tokenize: true });
  return typeof token === 'string' && token ? token : undefined;
}

/** The edited JSON; undefined when cancelled. */
export async function editJson(code: string): Promise<string | undefined> {
  const edited = await bridge().openCodeEditor({ code, language: 'json' });
  return typeof edited === 'string' ? edited : undefined;
}
