/**
 * The Meta standard event an XDM event is, from its `eventType` (the values Adobe's Web SDK,
 * Mobile SDK and Adobe Commerce's storefront collector send), and from the commerce measures
 * when the type says nothing more precise. A type with no Meta equivalent gives none: with the
 * XDM mapping on, such an event is skipped rather than sent under a made-up name.
 */
import { isPlainObject } from '../values';
import { at, numberAt, textAt, type EventContext } from './reader';

/** XDM event types with a Meta standard event (Adobe Commerce's names checked against its collector). */
const EVENT_TYPES: Readonly<Record<string, string>> = {
  'commerce.purchases': 'Purchase',
  'commerce.productViews': 'ViewContent',
  'commerce.productListAdds': 'AddToCart',
  'commerce.checkouts': 'InitiateCheckout',
  'commerce.saveForLaters': 'AddToWishlist',
  'web.formFilledOut': 'Lead',
  'leadOperation.newLead': 'Lead',
  'userAccount.createProfile': 'CompleteRegistration',
  searchRequest: 'Search',
};

const PAGE_VIEW = 'web.webpagedetails.pageViews';

/**
 * When the type is a page view, or one with no Meta event, the commerce measures decide, in this
 * order (Adobe Analytics counts a page view that carries an order as a purchase, too).
 */
const MEASURES: readonly [path: string, eventName: string][] = [
  ['commerce.purchases.value', 'Purchase'],
  ['commerce.checkouts.value', 'InitiateCheckout'],
  ['commerce.productListAdds.value', 'AddToCart'],
  ['commerce.saveForLaters.value', 'AddToWishlist'],
  ['commerce.productViews.value', 'ViewContent'],
];

export function eventName({ xdm }: EventContext): string | undefined {
  const type = textAt(xdm, 'eventType');
  if (type && Object.hasOwn(EVENT_TYPES, type)) return EVENT_TYPES[type];
  for (const [path, name] of MEASURES) {
    // A page view with a purchase measure is a Purchase only when it carries the order.
    const orderNeeded = name === 'Purchase' && type === PAGE_VIEW;
    if ((numberAt(xdm, path) ?? 0) > 0 && (!orderNeeded || isPlainObject(at(xdm, 'commerce.order')))) return name;
  }
  return type === PAGE_VIEW ? 'PageView' : undefined;
}

/** Why an event maps to no Meta event, for the skipped summary (the type quoted only when it looks like one). */
export function noEventReason(xdm: unknown): string {
  const type = textAt(xdm, 'eventType');
  if (!type) return 'no Meta event for this event: it has no xdm.eventType and no commerce measure';
  const shown = /^[\w.:-]{1,80}$/.test(type) ? type : 'that is not an XDM event type';
  return `no Meta event for eventType ${shown}`;
}
