/**
 * Custom Data (`custom_data`): one JSON object in the settings (`customData`), and the keys
 * of it the action knows: it checks them, and fills them from the XDM commerce fields when blank.
 * Other keys are sent as given.
 */
import * as commerce from '../xdm/commerce';
import { declare, xdmDefault as xdm } from './field';
import {
  asGiven,
  optionalText,
  parseAmount,
  parseCurrency,
  parseInteger,
  parseJsonObject,
  parseTextList,
} from './parsers';

export const CUSTOM_DATA_FIELD = declare({
  customData: {
    path: ['customData'],
    sentAs: { to: 'custom_data' },
    label: 'Other custom data (JSON)',
    kind: 'json',
    help:
      'Any other custom_data keys as a JSON object, e.g. {"contents": [{"id": "SKU-1", "quantity": 2}]}. ' +
      'Value, currency, order ID, content IDs and content type have fields of their own; ' +
      'a key set in both is an error.',
    placeholder: 'e.g. {"contents": [{"id": "SKU-1", "quantity": 2, "item_price": 21.25}]}',
    parse: parseJsonObject,
    // A data element holding the whole object: a value and a currency stand in, so a Purchase is still checked.
    standIn: { value: { value: 0, currency: 'USD' } },
    place: 'customData',
  },
}).customData;

const key = (name: string) =>
  ({ path: ['customData', name], sentAs: { to: 'custom_data', key: name }, place: 'customData.key' }) as const;

export const CUSTOM_DATA_KEYS = declare({
  value: {
    ...key('value'),
    label: 'Value',
    kind: 'text',
    help: 'The monetary value of the event, a number without currency sign. A Purchase needs it.',
    placeholder: 'e.g. 42.50',
    parse: parseAmount,
    fromEvent: xdm(
      'order total',
      'xdm.commerce.order.priceTotal, else the sum of its payments[].paymentAmount, ' +
        'else of xdm.productListItems[].priceTotal',
      commerce.value,
    ),
    standIn: { value: 0 },
  },
  currency: {
    ...key('currency'),
    label: 'Currency',
    kind: 'text',
    help: 'The ISO 4217 code of the value, e.g. USD. A Purchase needs it.',
    placeholder: 'e.g. USD',
    parse: parseCurrency,
    fromEvent: xdm(
      'order currency',
      'xdm.commerce.order.currencyCode, else the one currency of its payments[] or of xdm.productListItems[]',
      commerce.currency,
    ),
    standIn: { value: 'USD' },
  },
  order_id: {
    ...key('order_id'),
    label: 'Order ID',
    kind: 'text',
    help: 'The order ID of this transaction.',
    placeholder: 'e.g. ORD-1001',
    parse: optionalText,
    fromEvent: xdm('order ID', 'xdm.commerce.order.purchaseID', commerce.orderId),
    standIn: 'word',
  },
  contents: {
    ...key('contents'),
    label: 'Contents',
    kind: 'json',
    help: 'A list of {"id", "quantity", "item_price"}, one per product.',
    parse: asGiven,
    fromEvent: xdm(
      'products',
      'xdm.productListItems[]: SKU, quantity, priceTotal ÷ quantity (items without a SKU are left out)',
      commerce.contents,
    ),
    standIn: 'omit',
    example: [{ id: 'SKU-1', quantity: 2, item_price: 9.5 }],
  },
  content_ids: {
    ...key('content_ids'),
    label: 'Content IDs',
    kind: 'list',
    help: 'The product IDs (SKUs): one data element giving the list, or IDs separated by commas.',
    placeholder: 'e.g. SKU-1, SKU-2',
    // A data element may give the IDs as one text, separated by commas, as the form's field takes them.
    parse: (value, setting) => parseTextList(typeof value === 'string' ? value.split(',') : value, setting),
    fromEvent: xdm('product SKUs', 'xdm.productListItems[].SKU, without repeats', commerce.contentIds),
    standIn: 'omit',
    example: ['SKU-1', 'SKU-2'],
  },
  content_type: {
    ...key('content_type'),
    label: 'Content type',
    kind: 'text',
    help: '"product" or "product_group".',
    placeholder: 'e.g. product',
    parse: optionalText,
    fromEvent: xdm('products', '"product" when there are contents', commerce.contentType),
    standIn: 'word',
  },
  num_items: {
    ...key('num_items'),
    label: 'Number of items',
    kind: 'integer',
    help: 'For InitiateCheckout: how many items.',
    parse: parseInteger,
    fromEvent: {
      ...xdm(
        'product quantities',
        'the sum of xdm.productListItems[].quantity, for InitiateCheckout',
        commerce.numItems,
      ),
      when: ({ got }) => got('serverEvent.event_name') === 'InitiateCheckout',
    },
    standIn: 'omit',
    example: 3,
  },
  search_string: {
    ...key('search_string'),
    label: 'Search string',
    kind: 'text',
    help: 'For Search events: what the visitor searched for.',
    parse: optionalText,
    fromEvent: {
      ...xdm('search query', 'xdm.siteSearch.query, for Search', commerce.searchString),
      when: ({ got }) => got('serverEvent.event_name') === 'Search',
    },
    standIn: 'word',
  },
});
