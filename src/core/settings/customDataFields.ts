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
    parse: parseJsonObject,
  },
}).customData;

const key = (name: string) => ({ path: ['customData', name], sentAs: { to: 'custom_data', key: name } }) as const;

export const CUSTOM_DATA_KEYS = declare({
  value: {
    ...key('value'),
    label: 'Value',
    kind: 'text',
    parse: parseAmount,
    fromEvent: xdm(
      'order total',
      'xdm.commerce.order.priceTotal, else the sum of its payments[].paymentAmount, ' +
        'else of xdm.productListItems[].priceTotal',
      commerce.value,
    ),
  },
  currency: {
    ...key('currency'),
    label: 'Currency',
    kind: 'text',
    parse: parseCurrency,
    fromEvent: xdm(
      'order currency',
      'xdm.commerce.order.currencyCode, else the one currency of its payments[] or of xdm.productListItems[]',
      commerce.currency,
    ),
  },
  order_id: {
    ...key('order_id'),
    label: 'Order ID',
    kind: 'text',
    parse: optionalText,
    fromEvent: xdm('order ID', 'xdm.commerce.order.purchaseID', commerce.orderId),
  },
  contents: {
    ...key('contents'),
    label: 'Contents',
    kind: 'json',
    parse: asGiven,
    fromEvent: xdm(
      'products',
      'xdm.productListItems[]: SKU, quantity, priceTotal ÷ quantity (items without a SKU are left out)',
      commerce.contents,
    ),
  },
  content_ids: {
    ...key('content_ids'),
    label: 'Content IDs',
    kind: 'list',
    // A data element may give the IDs as one text, separated by commas, as the form's field takes them.
    parse: (value, setting) => parseTextList(typeof value === 'string' ? value.split(',') : value, setting),
    fromEvent: xdm('product SKUs', 'xdm.productListItems[].SKU, without repeats', commerce.contentIds),
  },
  content_type: {
    ...key('content_type'),
    label: 'Content type',
    kind: 'text',
    parse: optionalText,
    fromEvent: xdm('products', '"product" when there are contents', commerce.contentType),
  },
  num_items: {
    ...key('num_items'),
    label: 'Number of items',
    kind: 'integer',
    parse: parseInteger,
    fromEvent: {
      ...xdm(
        'product quantities',
        'the sum of xdm.productListItems[].quantity, for InitiateCheckout',
        commerce.numItems,
      ),
      when: ({ got }) => got('serverEvent.event_name') === 'InitiateCheckout',
    },
  },
  search_string: {
    ...key('search_string'),
    label: 'Search string',
    kind: 'text',
    parse: optionalText,
    fromEvent: {
      ...xdm('search query', 'xdm.siteSearch.query, for Search', commerce.searchString),
      when: ({ got }) => got('serverEvent.event_name') === 'Search',
    },
  },
});
