/**
 * Where an event happened, and what Meta needs of app events: a Mobile SDK event is an app
 * event (its `implementationDetails`, in the event's XDM or the request's), an event with an
 * http(s) page URL a website event. App events get `app_data` (the tracking flags and Meta's
 * `extinfo` device array) and the advertising ID as `madid`.
 */
import { parseConsent } from '../consent/choice';
import { pageUrl } from './edge';
import { eventOrRequestText, type EventContext } from './reader';
import { identities } from './person';

/** `implementationDetails.name` of Adobe's Mobile SDKs, e.g. `https://ns.adobe.com/experience/mobilesdk/ios`. */
const MOBILE_SDK = /\/mobilesdk\/(\w+)/i;

function mobilePlatform(event: EventContext): string | undefined {
  const name = eventOrRequestText(event, 'implementationDetails.name');
  return name ? MOBILE_SDK.exec(name)?.[1].toLowerCase() : undefined;
}

function isAppEvent(event: EventContext): boolean {
  return (
    eventOrRequestText(event, 'implementationDetails.environment')?.toLowerCase() === 'app' || !!mobilePlatform(event)
  );
}

export function actionSource(event: EventContext): string | undefined {
  if (isAppEvent(event)) return 'app';
  return pageUrl(event) ? 'website' : undefined;
}

/** An ad ID of zeros only is what iOS gives without the visitor's permission: no ID. */
const ZERO_ID = /^[0-]+$/;

/** The device's advertising ID (IDFA on iOS, GAID on Android), unhashed as Meta takes it. */
export function advertisingId(event: EventContext): string | undefined {
  const ids = [...identities(event, 'IDFA'), ...identities(event, 'GAID')].filter((id) => !ZERO_ID.test(id));
  if (!ids.length) return undefined;
  if (adIdConsent(event) === 'denied') {
    event.unusable('xdm.consents.adID.val refuses the use of the advertising ID, so it is not sent');
    return undefined;
  }
  return ids[0];
}

function adIdConsent(event: EventContext) {
  const value = eventOrRequestText(event, 'consents.adID.val');
  return value === undefined ? undefined : parseConsent(value);
}

/** Meta's extinfo array: 16 texts in Meta's order, a slot the event has nothing for left empty. */
const EXTINFO_LENGTH = 16;
/** The slots Meta marks required: the extinfo version (i2, a2) and the OS version. */
export const EXTINFO_REQUIRED: readonly [slot: number, what: string][] = [
  [0, 'the platform (i2 or a2)'],
  [4, 'the OS version'],
];
const EXTINFO_VERSIONS: Readonly<Record<string, string>> = { ios: 'i2', android: 'a2' };

/** Slot by slot: where the event holds it (Adobe's Lifecycle for Edge Network fields). */
const EXTINFO_PATHS: readonly (readonly string[])[] = [
  [],
  ['application.id'],
  ['application.version'],
  ['application.version'],
  ['environment.operatingSystemVersion'],
  ['device.modelNumber', 'device.model'],
  ['environment._dc.language'],
  [],
  ['environment.carrier'],
  ['device.screenWidth'],
  ['device.screenHeight'],
];

/**
 * app_data from a Mobile SDK event. The tracking flags follow the event's ad-ID consent
 * (`consents.adID.val`); without one they are 0, the value Meta documents for tracking not
 * allowed (the conservative choice).
 */
export function appData(event: EventContext): Record<string, unknown> | undefined {
  if (!isAppEvent(event)) return undefined;
  const tracking = adIdConsent(event) === 'granted' ? 1 : 0;
  const extinfo = Array.from({ length: EXTINFO_LENGTH }, (_, slot) => {
    if (slot === 0) return EXTINFO_VERSIONS[mobilePlatform(event) ?? platformFromOs(event)] ?? '';
    for (const path of EXTINFO_PATHS[slot] ?? []) {
      const text = eventOrRequestText(event, path);
      if (text !== undefined) return text;
    }
    return '';
  });
  return { advertiser_tracking_enabled: tracking, application_tracking_enabled: tracking, extinfo };
}

function platformFromOs(event: EventContext): string {
  const os = eventOrRequestText(event, 'environment.operatingSystem')?.toLowerCase() ?? '';
  return /^(ios|ipados)/.test(os) ? 'ios' : os.startsWith('android') ? 'android' : '';
}
