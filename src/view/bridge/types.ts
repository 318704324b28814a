/**
 * The extension bridge as a view sees it (`@adobe/reactor-bridge` ships no types). The loader
 * script defines `window.extensionBridge`; every method returns a promise.
 */

/** Stored settings: plain JSON. */
export type Settings = Record<string, unknown>;

/** What the Data Collection UI passes to `init`. */
export interface InitInfo {
  /** null for a new component. */
  settings: Settings | null;
  /** The extension configuration's settings (absent in the configuration view). */
  extensionSettings?: Settings | null;
  propertySettings?: Record<string, unknown>;
  company?: Record<string, unknown>;
  tokens?: Record<string, unknown>;
  schema?: Record<string, unknown>;
}

export interface ViewMethods {
  init(info: InitInfo): void;
  getSettings(): Settings;
  validate(): boolean;
}

export interface ExtensionBridge {
  register(methods: ViewMethods): unknown;
  /** Resolves with `{{name}}`; may resolve undefined (or never) when the user cancels. */
  openDataElementSelector(options?: { tokenize?: boolean }): Promise<string | undefined>;
  /** Resolves with the edited code; may resolve undefined when the user cancels. */
  openCodeEditor(options: { code: string; language?: string }): Promise<string | undefined>;
}

declare global {
  interface Window {
    extensionBridge?: ExtensionBridge;
    /** Settled once the page has loaded the bridge (or failed to). */
    extensionBridgeLoaded?: Promise<unknown>;
  }
}
