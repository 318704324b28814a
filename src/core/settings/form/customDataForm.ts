/** The form part of Custom Data: the JSON box and the keys the action knows. */
import { CUSTOM_DATA_FIELD, CUSTOM_DATA_KEYS } from '../customDataFields';
import { withForm } from './part';

export const CUSTOM_DATA_FIELD_FORM = withForm(
  { customData: CUSTOM_DATA_FIELD },
  {
    customData: {
      help:
        'Any other custom_data keys as a JSON object, e.g. {"contents": [{"id": "SKU-1", "quantity": 2}]}. ' +
        'Value, currency, order ID, content IDs and content type have fields of their own; ' +
        'a key set in both is an error.',
      placeholder: 'e.g. {"contents": [{"id": "SKU-1", "quantity": 2, "item_price": 21.25}]}',
      // A data element holding the whole object: a value and a currency stand in, so a Purchase is still checked.
      standIn: { value: { value: 0, currency: 'USD' } },
      place: 'customData',
    },
  },
).customData;

export const CUSTOM_DATA_KEYS_FORM = withForm(CUSTOM_DATA_KEYS, {
  value: {
    help: 'The monetary value of the event, a number without currency sign. A Purchase needs it.',
    placeholder: 'e.g. 42.50',
    standIn: { value: 0 },
    place: 'customData.field',
  },
  currency: {
    help: 'The ISO 4217 code of the value, e.g. USD. A Purchase needs it.',
    placeholder: 'e.g. USD',
    standIn: { value: 'USD' },
    place: 'customData.field',
  },
  order_id: {
    help: 'The order ID of this transaction.',
    placeholder: 'e.g. ORD-1001',
    standIn: 'word',
    place: 'customData.field',
  },
  contents: {
    help: 'A list of {"id", "quantity", "item_price"}, one per product.',
    standIn: 'omit',
    example: [{ id: 'SKU-1', quantity: 2, item_price: 9.5 }],
    place: 'customData.key',
  },
  content_ids: {
    help: 'The product IDs (SKUs): one data element giving the list, or IDs separated by commas.',
    placeholder: 'e.g. SKU-1, SKU-2',
    standIn: 'omit',
    example: ['SKU-1', 'SKU-2'],
    place: 'customData.field',
  },
  content_type: {
    help: '"product" or "product_group".',
    placeholder: 'e.g. product',
    standIn: 'word',
    place: 'customData.field',
  },
  num_items: {
    help: 'For InitiateCheckout: how many items.',
    standIn: 'omit',
    example: 3,
    place: 'customData.key',
  },
  search_string: {
    help: 'For Search events: what the visitor searched for.',
    standIn: 'word',
    place: 'customData.key',
  },
});
