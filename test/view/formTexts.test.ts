/** What the form says: placeholders as examples, labels naming Meta's parameter once, help split, preview wording. */
import { describe, expect, it } from 'vitest';
import { SettingError } from '../../src/core/errors';
import {
  ACTION_FORM_FIELD_LIST as ACTION_FIELD_LIST,
  CONFIGURATION_FORM_FIELD_LIST as CONFIGURATION_FIELD_LIST,
} from '../../src/core/settings/form/allForms';
import { USER_DATA_FIELDS as U } from '../../src/core/settings/userDataFields';
import { USER_DATA } from '../../src/view/actions/sections/userDataSection';
import type { EventDefault } from '../../src/core/settings/field';
import { CONSENT_FORM as CONSENT_FIELDS } from '../../src/core/settings/form/actionForm';
import { eventNote, firstSentence, optionWords, unsetWords, userDataLabel } from '../../src/view/form/texts';
import { buildPreview } from '../../src/view/preview/buildPreview';
import { labelled, problemSummary } from '../../src/view/preview/problemSummary';
import { actionForm } from '../support/viewForm';

const EXT = { pixelId: '1234567890', accessToken: 'EAAB-x' };

describe('form texts', () => {
  it('every placeholder is written as an example, so none looks like a value', () => {
    const placeholders = [...ACTION_FIELD_LIST, ...CONFIGURATION_FIELD_LIST].flatMap((f) =>
      f.placeholder ? [f.placeholder] : [],
    );
    expect(placeholders.length).toBeGreaterThan(8);
    for (const text of placeholders) expect(text).toMatch(/^e\.g\. \S/);
  });

  it("user data labels name Meta's parameter once", () => {
    for (const field of USER_DATA) {
      const key = field.path[1];
      const label = userDataLabel(field);
      expect(label.split(key).length - 1, label).toBe(1);
      expect(label).toMatch(/, (not )?hashed\)$/);
    }
  });

  it('every choice names each of its options in words, and only those', () => {
    const choices = ACTION_FIELD_LIST.filter((f) => f.kind === 'choice');
    expect(choices.length).toBeGreaterThan(2);
    for (const field of choices) {
      if (field.kind !== 'choice') continue;
      expect(Object.keys(field.words ?? {}).sort(), field.id).toEqual([...field.options].sort());
      for (const option of field.options) expect(optionWords(field, option), field.id).not.toBe(option);
    }
  });

  it('a blank choice says what happens; the consent words say what each choice does', () => {
    expect(unsetWords(CONSENT_FIELDS.whenDenied)).toBe('Not set: denied consent skips the event');
    expect(unsetWords(CONSENT_FIELDS.whenUnknown)).toBe('Not set: unknown consent sends the event');
    expect(CONSENT_FIELDS.whenDenied.options.map((o) => optionWords(CONSENT_FIELDS.whenDenied, o))).toEqual([
      'Skip the event',
      'Send with Limited Data Use',
    ]);
    // Without a consent value, no more is promised than the event's own consent fields, else sending.
    expect(unsetWords(CONSENT_FIELDS.value)).toBe(
      "Not set: the event's own consent fields decide, if it has any; otherwise it is sent",
    );
  });

  it('a note says where a blank field comes from in a few words, the XDM path with the details', () => {
    const read = () => undefined;
    const summed: EventDefault = {
      mapping: true,
      summary: 'email identity',
      describe: 'xdm.identityMap.Email[].id',
      read,
    };
    expect(eventNote(summed, false)).toBe('From the event: email identity');
    expect(eventNote(summed, true)).toBe('From the event: email identity; in XDM: xdm.identityMap.Email[].id');
  });

  it('help splits after its first sentence, not after "e.g."', () => {
    expect(firstSentence('The ISO 4217 code, e.g. USD. A Purchase needs it.')).toEqual([
      'The ISO 4217 code, e.g. USD.',
      'A Purchase needs it.',
    ]);
    expect(firstSentence('One sentence only.')).toEqual(['One sentence only.', '']);
  });
});

describe('preview wording', () => {
  it('names a setting by its label with the path after it', () => {
    expect(
      labelled(new SettingError('serverEvent.event_time', 'the event is more than 7 days old.', 'Event time')),
    ).toBe('Event time (serverEvent.event_time): the event is more than 7 days old.');
    expect(labelled(new SettingError('userData.em', 'x.'))).toBe('Email (userData.em): x.');
  });

  it('a blank field is "still needed" until validate() runs; then, and for wrong values, it is a problem', () => {
    const form = actionForm({ xdmMapping: { enabled: false }, serverEvent: { action_source: 'email' } });
    const { values } = form.store.getState();
    const { problem } = buildPreview(EXT, form.settings(), Date.now());
    const calm = problemSummary(problem!, values, false);
    expect(calm).toMatchObject({ calm: true, heading: 'Still needed' });
    expect(calm.text).toMatch(
      /^Choose the event name \(serverEvent\.event_name\): enter a standard event such as Purchase/,
    );
    expect(problemSummary(problem!, values, true)).toMatchObject({ calm: false, heading: 'Not sendable as set' });
    const wrong = new SettingError('serverEvent.event_time', 'expected Unix seconds.', 'Event time');
    expect(problemSummary(wrong, values, false).calm).toBe(false);
  });

  it('the match-quality estimate tells typed values, data elements and Edge event defaults apart', () => {
    const settings = {
      serverEvent: { event_name: 'Lead', action_source: 'website', event_source_url: 'https://s.example/' },
      userData: { em: 'jane@example.com', ph: '{{phone}}', client_ip_address: '203.0.113.9' },
    };
    const estimate = buildPreview(EXT, settings, Date.now()).matchQuality!;
    const source = (key: string) => estimate.carried.flatMap((c) => c.keys).find((k) => k.key === key)?.source;
    expect(source('em')).toEqual({ from: 'literal' });
    expect(source('ph')).toEqual({ from: 'data element', name: '{{phone}}' });
    expect(source('client_user_agent')).toEqual({
      from: 'event',
      describe: U.client_user_agent.fromEvent!.describe,
    });
    expect(estimate.hints.some((h) => h.includes('IPv6'))).toBe(true);
    expect(estimate.rating).toBe('good');
  });
});

describe('consent settings', () => {
  it('the choices are saved without a consent value too, and come back as they were', () => {
    const form = actionForm(null).type('consent.whenDenied', 'limitedDataUse');
    expect(form.settings().consent).toEqual({ whenDenied: 'limitedDataUse' });
    expect(form.problems()).toEqual({});
    const stored = { consent: { whenUnknown: 'skip' } };
    expect(actionForm(stored).settings()).toEqual(stored);
  });
});
