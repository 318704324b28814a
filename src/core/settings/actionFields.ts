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
    label: 'Enable Limited Data Use',
    kind: 'boolean',
    parse: parseBoolean,
  },
  country: {
    path: ['limitedDataUse', 'country'],
    sentAs: { to: 'event', key: 'data_processing_options_country' },
    label: 'LDU country',
    kind: 'integer',
    parse: parseInteger,
  },
  state: {
    path: ['limitedDataUse', 'state'],
    sentAs: { to: 'event', key: 'data_processing_options_state' },
    label: 'LDU state',
    kind: 'integer',
    parse: parseInteger,
  },
});

export const TEST_EVENT_FIELDS = declare({
  testEventCode: {
    path: ['testEventCode'],
    sentAs: { to: 'body', key: 'test_event_code' },
    label: 'Test event code',
    kind: 'text',
    parse: optionalText,
  },
});

export const CONSENT_FIELDS = declare({
  value: {
    path: ['consent', 'value'],
    sentAs: { to: 'none' },
    label: 'Advertising consent',
    kind: 'text',
    parse: (value) => parseConsent(value),
    fromEvent: edgeDefault(
      'consent fields',
      'xdm.consents.collect.val, .share.val, .marketing.any.val, and IAB TCF strings in xdm.consentStrings[]',
      ({ xdm }) => eventConsent(xdm)?.choice,
    ),
  },
  whenDenied: {
    path: ['consent', 'whenDenied'],
    sentAs: { to: 'none' },
    label: 'When consent is denied',
    ...choiceOf(CONSENT_WHEN_DENIED),
  },
  whenUnknown: {
    path: ['consent', 'whenUnknown'],
    sentAs: { to: 'none' },
    label: 'When consent is unknown',
    ...choiceOf(CONSENT_WHEN_UNKNOWN),
  },
});

export const OVERRIDE_FIELDS = declare({
  pixelId: {
    path: ['pixelId'],
    sentAs: { to: 'url', part: 'pixel_id' },
    label: 'Pixel ID (override)',
    kind: 'text',
    parse: (value, setting) => (isBlank(value) ? undefined : parsePixelId(value, setting)),
  },
  accessToken: {
    path: ['accessToken'],
    sentAs: { to: 'body', key: 'access_token' },
    label: 'Access token (override)',
    kind: 'secret',
    parse: optionalText,
  },
});
