/** The form part of the action's other settings: Limited Data Use, the test event code, consent and the overrides. */
import { LIMITED_DATA_USE_FIELDS, TEST_EVENT_FIELDS, CONSENT_FIELDS, OVERRIDE_FIELDS } from '../actionFields';
import { withForm } from './part';

export const LIMITED_DATA_USE_FORM = withForm(LIMITED_DATA_USE_FIELDS, {
  enabled: {
    sentAsNote: '`data_processing_options`: `["LDU"]` when true, absent when false',
    help: 'Sends data_processing_options ["LDU"], for users in US states with privacy laws.',
    standIn: { value: true },
    place: 'limitedDataUse',
  },
  country: {
    sentAsNote: '`data_processing_options_country`, with LDU only (0 when blank)',
    placeholder: 'e.g. 0',
    help: '0 lets Meta geolocate from the IP address; 1 is the United States.',
    standIn: { value: 0 },
    example: 1,
    place: 'limitedDataUse',
  },
  state: {
    sentAsNote: '`data_processing_options_state`, with LDU only (0 when blank)',
    placeholder: 'e.g. 0',
    help: '0 lets Meta geolocate; 1000 is California.',
    standIn: { value: 0 },
    example: 1000,
    place: 'limitedDataUse',
  },
});

export const TEST_EVENT_FORM = withForm(TEST_EVENT_FIELDS, {
  testEventCode: {
    placeholder: 'e.g. TEST12345',
    help: 'From Meta Events Manager > Test events. Remove it in production: test events are processed like real ones.',
    standIn: 'word',
    place: 'testEvent',
  },
});

export const CONSENT_FORM = withForm(CONSENT_FIELDS, {
  value: {
    help:
      "The visitor's choice for advertising use, usually a data element: yes/y/true/granted/1 or " +
      "no/n/dn/false/denied/rejected/0, or XDM's consents object. Blank: the event's own consent fields decide.",
    placeholder: 'e.g. {{adConsent}}',
    whenUnset: "the event's own consent fields decide, if it has any; otherwise it is sent",
    standIn: { value: 'granted' },
    place: 'consent',
  },
  whenDenied: {
    words: { skip: 'Skip the event', limitedDataUse: 'Send with Limited Data Use' },
    whenUnset: 'denied consent skips the event',
    help: 'skip: nothing is sent; limitedDataUse: sent with Limited Data Use.',
    standIn: { value: 'skip' },
    place: 'consent',
  },
  whenUnknown: {
    words: { send: 'Send', skip: 'Skip the event' },
    whenUnset: 'unknown consent sends the event',
    help: 'send (the default) or skip.',
    standIn: { value: 'send' },
    place: 'consent',
  },
});

export const OVERRIDE_FORM = withForm(OVERRIDE_FIELDS, {
  pixelId: {
    sentAsNote: "the `{pixel_id}` in the URL, instead of the configuration's",
    help: "Send this action's events to another pixel than the one in the extension configuration.",
    standIn: 'digits',
    place: 'override',
  },
  accessToken: {
    sentAsNote: "`access_token`, instead of the configuration's",
    help: 'The access token of the override pixel. Best kept in a Core "Secret" data element.',
    standIn: { value: 'preview-access-token' },
    place: 'override',
  },
});
