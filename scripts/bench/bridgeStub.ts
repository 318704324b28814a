/**
 * Page-side code for the view readiness measurement, as source text (functions compiled by
 * tsx cannot be handed to the page: its helpers would be missing there).
 * - `benchBridgeScript`: the view tests' bridge stand-in (test/support/viewBridge.ts), with
 *   `register()` calling `init` at once, as the Data Collection UI does once connected.
 * - `readinessProbe`: installed before any page script; records when a form field first holds
 *   one of the init values (`dom`) and when the frame after that has been painted (`painted`),
 *   with when the view registered and got `init`, all in the page's `performance.now()`
 *   (0 = navigation start).
 */
import { TEST_BRIDGE_SCRIPT } from '../../test/support/viewBridge';

/** What the Data Collection UI passes to `init` (see src/view/bridge/types.ts). */
export interface ViewInit {
  settings: Record<string, unknown> | null;
  extensionSettings?: Record<string, unknown> | null;
  propertySettings?: Record<string, unknown>;
  company?: Record<string, unknown>;
  tokens?: Record<string, unknown>;
}

export function benchBridgeScript(init: ViewInit): string {
  return `${TEST_BRIDGE_SCRIPT}
(() => {
  const info = ${JSON.stringify(init)};
  const register = window.extensionBridge.register;
  window.extensionBridge.register = (methods) => {
    const registered = register(methods);
    Promise.resolve().then(() => {
      window.__bridge.initAt = performance.now();
      methods.init(info);
    });
    return registered;
  };
})();`;
}

export function readinessProbe(markers: string[]): string {
  return `(() => {
  const markers = ${JSON.stringify(markers)};
  let ready;
  const holdsInit = () => {
    for (const el of document.querySelectorAll('input, textarea, select')) {
      const value = el.value;
      if (value && markers.some((m) => value.includes(m))) return true;
    }
    return false;
  };
  const check = () => {
    if (ready || !holdsInit()) return !!ready;
    const bridge = window.__bridge || {};
    ready = { dom: performance.now(), registered: bridge.registeredAt, init: bridge.initAt };
    // The next frame is painted before a task queued from its animation-frame callback runs.
    requestAnimationFrame(() => setTimeout(() => {
      ready.painted = performance.now();
      window.__benchReady = ready;
    }, 0));
    return true;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`;
}
