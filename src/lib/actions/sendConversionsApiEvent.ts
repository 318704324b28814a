/**
 * The "Send Conversions API Event" action, as the Edge rule engine runs it. A thin adapter:
 * the work is done by the runtime-neutral core.
 */
import { EXTENSION_NAME } from '../../core/constants';
import { sendConversionsApiEvent } from '../../core/conversionsApi';
import { isPlainObject } from '../../core/values';
import type { EdgeContext } from '../edgeContext';
import { engineStartedAt } from '../engineStart';

async function sendConversionsApiEventAction(context: EdgeContext): Promise<{ responses: unknown[] }> {
  const calledAt = Date.now();
  const { arc, utils } = context;
  const summary = await sendConversionsApiEvent({
    // The send budget counts from the engine's start of the action, data elements included.
    startedAt: engineStartedAt(utils.logger, calledAt),
    settings: utils.getSettings(),
    extensionSettings: utils.getExtensionSettings(),
    arc,
    fetch: (url, init) => utils.fetch(url, init),
    logger: utils.logger,
  });
  // Each action's result replaces this extension's stash entry: carry earlier ones forward.
  const earlier = arc.ruleStash?.[EXTENSION_NAME];
  const responses = isPlainObject(earlier) && Array.isArray(earlier.responses) ? earlier.responses : [];
  return { responses: [...responses, summary] };
}

// `export =` compiles to `module.exports = fn`: the engine requires the module to be the function.
export = sendConversionsApiEventAction;
