/**
 * The floors the action is measured against, as module sources the platform would load: an
 * action that only makes one fetch and reads the answer, and a module that does nothing (what
 * a cold sample costs before any code of ours runs).
 */
export const FETCH_ONLY = `module.exports = async function fetchOnly(context) {
  const response = await context.utils.fetch('https://graph.facebook.com/v27.0/1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return { responses: [{ status: response.status, text: await response.text() }] };
};`;

export const NOTHING = 'module.exports = async function nothing() { return {}; };';

/** The source as the engine wraps a CommonJS module: a function of `module` and `exports`. */
export const wrapModule = (source: string) => `(function (module, exports) {\n${source}\n})`;
