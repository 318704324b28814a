/**
 * Standard XDM commerce fields (`xdm.commerce`, `xdm.productListItems`, `xdm.siteSearch`) as
 * Meta parameters. Each reader returns undefined when the event does not say. A field that is
 * there but cannot be used (a price that is not a number, a currency that is not a code) is
 * named as such: in a warning when another source is used instead, else as unusable.
 */
import { isBlank, isPlainObject, numberFrom } from '../values';
import { at, numberAt, textAt, type EventContext } from './reader';

/** A Purchase is de-duplicated by its order ID, anything else by the Edge event's own ID. */
export function eventId({ xdm, got }: EventContext): string | undefined {
  const order = got('serverEvent.event_name') === 'Purchase' ? textAt(xdm, 'commerce.order.purchaseID') : undefined;
  return order ?? textAt(xdm, '_id');
}

interface Item {
  sku?: string;
  /** A positive whole number; a line without one (missing, 0, or sold by measure) counts as one item at its total. */
  quantity: number;
  /** The line's total; undefined when missing or unusable (negative, or 0 for 0 items: an unknown price). */
  priceTotal?: number;
  currency?: string;
}

/** Each event's lines are read once, however many parameters they give. */
const read = new WeakMap<EventContext, Item[]>();

function items(event: EventContext): Item[] {
  let lines = read.get(event);
  if (!lines) {
    const list = at(event.xdm, 'productListItems');
    read.set(event, (lines = Array.isArray(list) ? readItems(list) : []));
  }
  return lines;
}

function readItems(list: unknown[]): Item[] {
  return list.filter(isPlainObject).map((item) => {
    const given = numberAt(item, 'quantity');
    const price = numberAt(item, 'priceTotal');
    const unknownPrice = price === undefined || price < 0 || (price === 0 && given === 0);
    return {
      sku: textAt(item, 'SKU'),
      quantity: given !== undefined && Number.isInteger(given) && given > 0 ? given : 1,
      priceTotal: unknownPrice ? undefined : price,
      currency: textAt(item, 'currencyCode')?.toUpperCase(),
    };
  });
}

/** One place the event may give a value: present and usable, present and not, or absent. */
type Found<T> = { value: T } | { problem: string } | undefined;

/**
 * The first usable value of `sources` (each named by its XDM path). One found unusable before
 * is named in a warning when a later one is used, or reported as unusable when none is.
 */
function firstUsable<T>(event: EventContext, sources: readonly [where: string, read: () => Found<T>][]): T | undefined {
  const problems: string[] = [];
  for (const [where, read] of sources) {
    const found = read();
    if (found === undefined) continue;
    if ('problem' in found) {
      problems.push(`${where} ${found.problem}`);
      continue;
    }
    if (problems.length) event.warn(`${problems.join('; ')}; ${where} was used instead`);
    return found.value;
  }
  for (const problem of problems) event.unusable(problem);
  return undefined;
}

/** An amount as XDM holds it: a number (or its digits as text), not negative. */
function amount(raw: unknown): Found<number> {
  if (isBlank(raw)) return undefined;
  const n = numberFrom(raw);
  if (n === undefined) return { problem: `is not a number${shownText(raw)}` };
  return n < 0 ? { problem: 'is negative' } : { value: n };
}

/** A currency as XDM holds it: three letters (any case). */
function currencyCode(raw: unknown): Found<string> {
  if (isBlank(raw)) return undefined;
  return typeof raw === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(raw)
    ? { value: raw.trim().toUpperCase() }
    : { problem: `is not a three-letter ISO 4217 code${shownText(raw)}` };
}

/** A short value shown in a message: an amount or a code, never customer data. */
function shownText(raw: unknown): string {
  return typeof raw === 'string' && /^[\w .,'-]{1,20}$/.test(raw) ? ` ("${raw}")` : '';
}

function payments(xdm: unknown): Record<string, unknown>[] {
  const list = at(xdm, 'commerce.order.payments');
  return Array.isArray(list) ? list.filter(isPlainObject) : [];
}

/** All of a list's found values, or the first problem; undefined when the list gives none. */
function all<T>(found: Found<T>[]): Found<T[]> {
  const present = found.filter((f) => f !== undefined);
  if (!present.length) return undefined;
  const bad = present.find((f) => 'problem' in f);
  if (bad) return bad as { problem: string };
  return { value: present.map((f) => (f as { value: T }).value) };
}

const sum = (values: number[]) => round2(values.reduce((total, n) => total + n, 0));

/**
 * The order's total; else its payments added up; else the product lines' totals added up, when
 * every line has one.
 */
export function value(event: EventContext): number | undefined {
  const { xdm } = event;
  return firstUsable(event, [
    ['xdm.commerce.order.priceTotal', () => amount(at(xdm, 'commerce.order.priceTotal'))],
    [
      'the sum of xdm.commerce.order.payments[].paymentAmount',
      () => mapFound(all(payments(xdm).map((p) => amount(p.paymentAmount))), sum),
    ],
    ['the sum of xdm.productListItems[].priceTotal', () => itemsTotal(event)],
  ]);
}

function itemsTotal(event: EventContext): Found<number> {
  const list = items(event);
  const priced = list.filter((item) => item.priceTotal !== undefined);
  if (!priced.length) return undefined;
  if (priced.length < list.length)
    return { problem: `lacks a usable price on ${list.length - priced.length} of ${list.length} line(s)` };
  return { value: sum(priced.map((item) => item.priceTotal!)) };
}

function mapFound<T, U>(found: Found<T>, f: (value: T) => U): Found<U> {
  return found && 'value' in found ? { value: f(found.value) } : found;
}

/**
 * The order's currency; else the one currency of its payments; else the one currency every
 * product line shares. Several different currencies give none.
 */
export function currency(event: EventContext): string | undefined {
  const { xdm } = event;
  return firstUsable(event, [
    ['xdm.commerce.order.currencyCode', () => currencyCode(at(xdm, 'commerce.order.currencyCode'))],
    [
      'xdm.commerce.order.payments[].currencyCode',
      () => single(all(payments(xdm).map((p) => currencyCode(p.currencyCode)))),
    ],
    ['xdm.productListItems[].currencyCode', () => single(all(items(event).map((i) => currencyCode(i.currency))))],
  ]);
}

function single(found: Found<string[]>): Found<string> {
  if (!found || 'problem' in found) return found;
  const codes = new Set(found.value);
  return codes.size === 1 ? { value: found.value[0] } : { problem: `holds ${codes.size} different currencies` };
}

export function orderId({ xdm }: EventContext): string | undefined {
  return textAt(xdm, 'commerce.order.purchaseID');
}

/** One entry per line with a SKU (Meta requires `contents[].id`); the unit price from the line total. */
export function contents(event: EventContext): Record<string, unknown>[] | undefined {
  const all = items(event);
  const withSku = all.filter((item) => item.sku);
  if (withSku.length < all.length) {
    event.warn(
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

export function contentIds(event: EventContext): string[] | undefined {
  const skus = new Set<string>();
  for (const item of items(event)) if (item.sku) skus.add(item.sku);
  return skus.size ? [...skus] : undefined;
}

export function contentType(event: EventContext): string | undefined {
  return items(event).some((item) => item.sku) ? 'product' : undefined;
}

/** Meta reads num_items for InitiateCheckout only. */
export function numItems(event: EventContext): number | undefined {
  if (event.got('serverEvent.event_name') !== 'InitiateCheckout') return undefined;
  const all = items(event);
  return all.length ? all.reduce((total, item) => total + item.quantity, 0) : undefined;
}

/** Meta reads search_string for Search only: the query of XDM's site search field group. */
export function searchString({ xdm, got }: EventContext): string | undefined {
  return got('serverEvent.event_name') === 'Search' ? textAt(xdm, 'siteSearch.query') : undefined;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
