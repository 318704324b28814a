/** The Edge action, as the rule engine calls it: the engine's context in, its stash entry out. */
import { describe, expect, it } from 'vitest';
import { EXTENSION_NAME } from '../../src/core/constants';
import action from '../../src/lib/actions/sendConversionsApiEvent';
import type { EdgeContext } from '../../src/lib/edgeContext';

const answer = () => new Response('{"events_received":1,"messages":[],"fbtrace_id":"T1"}', { status: 200 });

function context(ruleStash: Record<string, unknown>): EdgeContext {
  return {
    arc: { event: { xdm: {} }, ruleStash },
    utils: {
      getSettings: () => ({ serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@b.co' } }),
      getExtensionSettings: () => ({ pixelId: '1234567890', accessToken: 'action-token' }),
      fetch: async () => answer(),
    },
  };
}

describe('the action', () => {
  it("adds its summary to the summaries earlier actions of this extension left in the rule's stash", async () => {
    const earlier = { event_name: 'Earlier', attempts: 1, messages: [] };
    const result = await action(context({ [EXTENSION_NAME]: { responses: [earlier] } }));
    expect(result.responses).toEqual([earlier, expect.objectContaining({ event_name: 'Lead', fbtrace_id: 'T1' })]);
  });

  it.each([
    ['no stash entry', {}],
    ['an entry that is not an object', { [EXTENSION_NAME]: 'x' }],
    ['an entry whose responses are not a list', { [EXTENSION_NAME]: { responses: 'xy' } }],
  ])('starts a list of its own with %s', async (_what, stash) => {
    const result = await action(context(stash));
    expect(result.responses).toEqual([expect.objectContaining({ event_name: 'Lead', events_received: 1 })]);
  });
});
