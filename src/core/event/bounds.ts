/**
 * Lists and numbers in custom data, from the event or a data element, kept bounded and sane:
 * at most MAX_LIST_ENTRIES products per event, each with an id, a positive whole quantity and
 * a price that is a number of 0 or more. What is cut or corrected is counted in a warning.
 */
import { MAX_LIST_ENTRIES } from '../constants';
import { CUSTOM_DATA_KEYS as K } from '../settings/customDataFields';
import type { Field } from '../settings/field';
import { isBlank, isPlainObject, numberFrom } from '../values';

export function boundCustomData(customData: Record<string, unknown>, warnings: string[]): void {
  const say = (field: Field, text: string) => warnings.push(`${field.label} (${field.id}): ${text}`);
  const ids = customData.content_ids;
  if (Array.isArray(ids) && ids.length > MAX_LIST_ENTRIES) {
    say(K.content_ids, `${ids.length - MAX_LIST_ENTRIES} entries dropped beyond the first ${MAX_LIST_ENTRIES}`);
    customData.content_ids = ids.slice(0, MAX_LIST_ENTRIES);
  }
  const list = customData.contents;
  if (!Array.isArray(list)) return;
  let malformed = 0;
  let fixed = 0;
  const sane: Record<string, unknown>[] = [];
  for (const entry of list) {
    if (sane.length >= MAX_LIST_ENTRIES) break;
    if (!isPlainObject(entry) || isBlank(entry.id) || (typeof entry.id !== 'string' && typeof entry.id !== 'number')) {
      malformed++;
      continue;
    }
    const { quantity, item_price } = entry;
    const goodQuantity = typeof quantity === 'number' && Number.isInteger(quantity) && quantity > 0;
    const price = numberFrom(item_price);
    const goodPrice = item_price === undefined || (price !== undefined && price >= 0);
    if (goodQuantity && goodPrice) {
      sane.push(entry);
      continue;
    }
    fixed++;
    const copy: Record<string, unknown> = { ...entry, quantity: goodQuantity ? quantity : 1 };
    if (!goodPrice) delete copy.item_price;
    sane.push(copy);
  }
  const cut = list.length - malformed - sane.length;
  if (malformed) say(K.contents, `${malformed} entr${malformed > 1 ? 'ies' : 'y'} without an id left out`);
  if (fixed) {
    say(
      K.contents,
      `${fixed} entr${fixed > 1 ? 'ies' : 'y'} corrected: a quantity that is not a positive whole number counts ` +
        'as 1, a price that is not a number of 0 or more is left out',
    );
  }
  if (cut > 0) say(K.contents, `${cut} entries dropped beyond the first ${MAX_LIST_ENTRIES}`);
  if (sane.length) customData.contents = sane;
  else delete customData.contents;
}
