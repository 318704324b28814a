/** The data elements an action and its configuration use (secrets aside), each with the fields that use it. */
import { ACTION_FORM_FIELD_LIST, CONFIGURATION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import type { Field } from '../../core/settings/field';
import { valueAt } from '../../core/values';
import type { Settings } from '../bridge/types';
import { tokensIn } from '../preview/previewInputs';

export interface DataElementUse {
  /** `{{name}}`, as stored. */
  token: string;
  /** The labels of the fields that use it. */
  usedIn: string[];
}

export function dataElementsUsed(extensionSettings: unknown, settings: Settings): DataElementUse[] {
  const uses = new Map<string, string[]>();
  const scan = (fields: readonly Field[], root: unknown) => {
    const tokensOf = (field: Field) => tokensIn(valueAt(root, field.path));
    for (const field of fields) {
      if (field.kind === 'secret') continue;
      // A key of a JSON setting with a field of its own (Value in Custom data) is named by that field.
      const named = fields.filter((f) => isInside(f, field)).flatMap(tokensOf);
      for (const token of tokensOf(field).filter((t) => !named.includes(t))) {
        const labels = uses.get(token) ?? [];
        if (!labels.includes(field.label)) labels.push(field.label);
        uses.set(token, labels);
      }
    }
  };
  scan(CONFIGURATION_FORM_FIELD_LIST, extensionSettings);
  scan(ACTION_FORM_FIELD_LIST, settings);
  return [...uses].map(([token, usedIn]) => ({ token, usedIn }));
}

const isInside = (inner: Field, outer: Field) =>
  inner.path.length > outer.path.length && outer.path.every((key, i) => inner.path[i] === key);
