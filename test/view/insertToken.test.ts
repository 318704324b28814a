import { describe, expect, it } from 'vitest';
import { LIMITED_DATA_USE_FIELDS, OVERRIDE_FIELDS } from '../../src/core/settings/actionFields';
import { SERVER_EVENT_FIELDS } from '../../src/core/settings/serverEventFields';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { CUSTOM_DATA_FIELD } from '../../src/core/settings/customDataFields';
import { insertToken } from '../../src/view/form/insertToken';
import { controlShows } from '../../src/view/components/tokenOrControl';

const email = USER_DATA_FIELDS.em;

describe('a picked data element', () => {
  it('replaces the value of fields that hold one value', () => {
    for (const spec of [
      SERVER_EVENT_FIELDS.event_name,
      SERVER_EVENT_FIELDS.action_source,
      SERVER_EVENT_FIELDS.opt_out,
      SERVER_EVENT_FIELDS.event_time,
      LIMITED_DATA_USE_FIELDS.state,
      OVERRIDE_FIELDS.accessToken,
    ]) {
      expect(insertToken('old', '{{de}}', spec, { start: 1, end: 1 })).toBe('{{de}}');
    }
  });

  it('goes in free text at the caret, replacing the selection, or at the end', () => {
    expect(insertToken('https://x.com/', '{{path}}', SERVER_EVENT_FIELDS.event_source_url)).toBe(
      'https://x.com/{{path}}',
    );
    expect(insertToken('ab', '{{x}}', email, { start: 1, end: 1 })).toBe('a{{x}}b');
    expect(insertToken('a-selected-b', '{{x}}', email, { start: 1, end: 11 })).toBe('a{{x}}b');
    expect(insertToken('{"value": }', '{{total}}', CUSTOM_DATA_FIELD, { start: 10, end: 10 })).toBe(
      '{"value": {{total}}}',
    );
    expect(insertToken('short', '{{x}}', email, { start: 99, end: 99 })).toBe('short{{x}}');
  });
});

describe('pickers and checkboxes', () => {
  it('show their own values; anything else (a data element) is shown as text', () => {
    expect(controlShows(SERVER_EVENT_FIELDS.action_source, 'website')).toBe(true);
    expect(controlShows(SERVER_EVENT_FIELDS.action_source, '')).toBe(true);
    expect(controlShows(SERVER_EVENT_FIELDS.action_source, '{{source}}')).toBe(false);
    expect(controlShows(SERVER_EVENT_FIELDS.opt_out, 'TRUE')).toBe(true);
    expect(controlShows(SERVER_EVENT_FIELDS.opt_out, '{{flag}}')).toBe(false);
  });
});
