/**
 * A stand-in for Adobe's extension bridge, served in place of the CDN loader: it keeps what the
 * view registers on `window.__view` so a test calls init / getSettings / validate directly, and
 * answers the data-element selector and code editor with what the test put in
 * `window.__bridge.nextDataElement` / `nextCode` (undefined = the user cancelled).
 */
export const TEST_BRIDGE_SCRIPT = `
window.__bridge = { calls: [], nextDataElement: undefined, nextCode: undefined };
window.extensionBridge = {
  register: function (methods) {
    window.__view = methods;
    return Promise.resolve();
  },
  openDataElementSelector: function (options) {
    window.__bridge.calls.push(['openDataElementSelector', options]);
    return Promise.resolve(window.__bridge.nextDataElement);
  },
  openCodeEditor: function (options) {
    window.__bridge.calls.push(['openCodeEditor', options]);
    return Promise.resolve(window.__bridge.nextCode);
  },
  openRegexTester: function () { return Promise.resolve(undefined); },
  setDebug: function () {},
};
`;

/** What the test bridge and the view leave on `window`, for code run in the page. */
export interface TestWindow {
  __view: { init(info: unknown): void; getSettings(): Record<string, unknown>; validate(): boolean };
  __bridge: { calls: unknown[][]; nextDataElement?: string; nextCode?: string };
}
