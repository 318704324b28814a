/**
 * Standard XDM commerce fields (`xdm.eventType`, `xdm.commerce`, `xdm.productListItems`) as
 * Meta parameters. Each reader returns undefined when the event does not say.
 */
import { isPlainObject } from '../values';
import { at, numberAt, textAt, type EventContext } from './reader';

/** XDM event types with a Meta standard event. */
const EVENT_TYPES: Readonly<Record<string, string>> = {
  'commerce.purchases': 'Purchase',
  'commerce.productViews': 'ViewContent',
  'commerce.productListAdds': 'AddToCart',
  'commerce.checkouts': 'InitiateCheckout',
  'commerce.saveForLaters': 'AddToWishlist',
  'web.webpagedetails.pageViews': 'PageView',
};

/** When the event type says nothing, the commerce measures decide, in this order. */
const MEASURES: readonly [path: string, eventName: string][] = [
  ['commerce.purchases.value', 'Purchase'],
  ['commerce.productViews.value', 'ViewContent'],
  ['commerce.productListAdds.value', 'AddToCart'],
  ['commerce.checkouts.value', 'InitiateCheckout'],
  ['commerce.saveForLaters.value', 'AddToWishlist'],
];

export function eventName({ xdm }: EventContext): string | undefined {
  const type = textAt(xdm, 'eventType');
  if (type && Object.hasOwn(EVENT_TYPES, type)) return EVENT_TYPES[type];
  for (const [path, name] of MEASURES) {
    if ((numberAt(xdm, path) ?? 0) > 0) return name;
  }
  return undefined;
}

/** An event with a page URL happened on a website. */
export function actionSource({ xdm }: EventContext): string | undefined {
  return textAt(xdm, 'web.webPageDetails.URL') ? 'website' : undefined;
}

/** A Purchase is de-duplicated by its order ID, anything else by the Edge event's own ID. */
export function eventId({ xdm, got }: EventContext): string | undefined {
  const order = got('serverEvent.event_name') === 'Purchase' ? textAt(xdm, 'commerce.order.purchaseID') : undefined;
  return order ?? textAt(xdm, '_id');
}

interface Item {
  sku?: string;
  quantity: number;
  priceTotal?: number;
  currency?: string;
}

function items(xdm: unknown): Item[] {
  const list = at(xdm, 'productListItems');
  if (!Array.isArray(list)) return [];
  return list.filter(isPlainObject).map((item) => {
    const quantity = numberAt(item, 'quantity');
    return {
      sku: textAt(item, 'SKU'),
      quantity: quantity !== undefined && quantity > 0 ? quantity : 1,
      priceTotal: numberAt(item, 'priceTotal'),
      currency: textAt(item, 'currencyCode')?.toUpperCase(),
    };
  });
}

/** The order total; else the items' totals added up, when every item has one. */
export function value({ xdm }: EventContext): number | undefined {
  const total = numberAt(xdm, 'commerce.order.priceTotal');
  if (total !== undefined) return total;
  const all = items(xdm);
  if (!all.length || all.some((item) => item.priceTotal === undefined)) return undefined;
  return round2(all.reduce((sum, item) => sum + item.priceTotal!, 0));
}

/** The order's currency; else the one currency every item shares (mixed currencies give none). */
export function currency({ xdm }: EventContext): string | undefined {
  const code = textAt(xdm, 'commerce.order.currencyCode');
  if (code) return code.toUpperCase();
  const codes = new Set(items(xdm).map((item) => item.currency));
  const [only] = codes;
  return codes.size === 1 ? only : undefined;
}

export function orderId({ xdm }: EventContext): string | undefined {
  return textAt(xdm, 'commerce.order.purchaseID');
}

/** One entry per item with a SKU (Meta requires `contents[].id`); the unit price from the line total. */
export function contents({ xdm, warn }: EventContext): Record<string, unknown>[] | undefined {
  const all = items(xdm);
  const withSku = all.filter((item) => item.sku);
  if (withSku.length < all.length) {
    warn(
      `${all.length - withSku.length} product item(s) without a SKU left out of contents (Meta needs contents[].id)`,
    );
  }
  if (!withSku.length) return undefined;
  return withSku.map((item) => ({
    id: item.sku,
    quantity: item.quantity,
    ...(item.priceTotal !== undefined ? { item_price: round2(item.priceTotal / item.quantity) } : {}),
  }));
}

export function contentIds({ xdm }: EventContext): string[] | undefined {
  const skus = [...new Set(items(xdm).flatMap((item) => (item.sku ? [item.sku] : [])))];
  return skus.length ? skus : undefined;
}

export function contentType(event: EventContext): string | undefined {
  return contentIds(event) ? 'product' : undefined;
}

/** Meta reads num_items for InitiateCheckout only. */
export function numItems({ xdm, got }: EventContext): number | undefined {
  if (got('serverEvent.event_name') !== 'InitiateCheckout') return undefined;
  const all = items(xdm);
  return all.length ? all.reduce((sum, item) => sum + item.quantity, 0) : undefined;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
