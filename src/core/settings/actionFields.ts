/** The action's other settings: Limited Data Use, the test event code, the consent gate and the pixel override. */
import { parseConsent } from '../consent/choice';
import { eventConsent } from '../consent/fromEvent';
import { isBlank } from '../values';
import { choiceOf, declare, edgeDefault } from './field';
import { optionalText, parseBoolean, parseInteger, parsePixelId } from './parsers';

const CONSENT_WHEN_DENIED = ['skip', 'limitedDataUse'] as const;
const CONSENT_WHEN_UNKNOWN = ['send', 'skip'] as const;

export const LIMITED_DATA_USE_FIELDS = declare({
  enabled: {
    path: ['limitedDataUse', 'enabled'],
    sentAs: { to: 'event', key: 'data_processing_options' },
    sentAsNote: '`data_processing_options`: `["LDU"]` when true, absent when false',
    label: 'Enable Limited Data Use',
    kind: 'boolean',
    help: 'Sends data_processing_options ["LDU"], for users in US states with privacy laws.',
    parse: parseBoolean,
    standIn: { value: true },
    place: 'limitedDataUse',
  },
  country: {
    path: ['limitedDataUse', 'country'],
    sentAs: { to: 'event', key: 'data_processing_options_country' },
    sentAsNote: '`data_processing_options_country`, with LDU only (0 when blank)',
    label: 'LDU country',
    kind: 'integer',
    placeholder: 'e.g. 0',
    help: '0 lets Meta geolocate from the IP address; 1 is the United States.',
    parse: parseInteger,
    standIn: { value: 0 },
    example: 1,
    place: 'limitedDataUse',
  },
  state: {
    path: ['limitedDataUse', 'state'],
    sentAs: { to: 'event', key: 'data_processing_options_state' },
    sentAsNote: '`data_processing_options_state`, with LDU only (0 when blank)',
    label: 'LDU state',
    kind: 'integer',
    placeholder: 'e.g. 0',
    help: '0 lets Meta geolocate; 1000 is California.',
    parse: parseInteger,
    standIn: { value: 0 },
    example: 1000,
    place: 'limitedDataUse',
  },
});

export const TEST_EVENT_FIELDS = declare({
  testEventCode: {
    path: ['testEventCode'],
    sentAs: { to: 'body', key: 'test_event_code' },
    label: 'Test event code',
    kind: 'text',
    placeholder: 'e.g. TEST12345',
    help: 'From Meta Events Manager > Test events. Remove it in production: test events are processed like real ones.',
    parse: optionalText,
    standIn: 'word',
    place: 'testEvent',
  },
});

export const CONSENT_FIELDS = declare({
  value: {
    path: ['consent', 'value'],
    sentAs: { to: 'none' },
    label: 'Advertising consent',
    kind: 'text',
    help:
      "The visitor's choice for advertising use, usually a data element: yes/y/true/granted/1 or " +
      "no/n/dn/false/denied/rejected/0, or XDM's consents object. Blank: the event's own consent fields decide.",
    placeholder: 'e.g. {{adConsent}}',
    whenUnset: "the event's own consent fields decide, if it has any; otherwise it is sent",
    parse: (value) => parseConsent(value),
    fromEvent: edgeDefault(
      'consent fields',
      'xdm.consents.collect.val, .share.val, .marketing.any.val, and IAB TCF strings in xdm.consentStrings[]',
      ({ xdm }) => eventConsent(xdm)?.choice,
    ),
    standIn: { value: 'granted' },
    place: 'consent',
  },
  whenDenied: {
    path: ['consent', 'whenDenied'],
    sentAs: { to: 'none' },
    label: 'When consent is denied',
    ...choiceOf(CONSENT_WHEN_DENIED),
    words: { skip: 'Skip the event', limitedDataUse: 'Send with Limited Data Use' },
    whenUnset: 'denied consent skips the event',
    help: 'skip: nothing is sent; limitedDataUse: sent with Limited Data Use.',
    standIn: { value: 'skip' },
    place: 'consent',
  },
  whenUnknown: {
    path: ['consent', 'whenUnknown'],
    sentAs: { to: 'none' },
    label: 'When consent is unknown',
    ...choiceOf(CONSENT_WHEN_UNKNOWN),
    words: { send: 'Send', skip: 'Skip the event' },
    whenUnset: 'unknown consent sends the event',
    help: 'send (the default) or skip.',
    standIn: { value: 'send' },
    place: 'consent',
  },
});

export const OVERRIDE_FIELDS = declare({
  pixelId: {
    path: ['pixelId'],
    sentAs: { to: 'url', part: 'pixel_id' },
    sentAsNote: "the `{pixel_id}` in the URL, instead of the configuration's",
    label: 'Pixel ID (override)',
    kind: 'text',
    help: "Send this action's events to another pixel than the one in the extension configuration.",
    parse: (value, setting) => (isBlank(value) ? undefined : parsePixelId(value, setting)),
    standIn: 'digits',
    place: 'override',
  },
  accessToken: {
    path: ['accessToken'],
    sentAs: { to: 'body', key: 'access_token' },
    sentAsNote: "`access_token`, instead of the configuration's",
    label: 'Access token (override)',
    kind: 'secret',
    help: 'The access token of the override pixel. Best kept in a Core "Secret" data element.',
    parse: optionalText,
    standIn: { value: 'preview-access-token' },
    place: 'override',
  },
});
