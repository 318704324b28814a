/**
 * The XDM mapping: `xdmMapping { enabled, exclude, externalIdNamespace }`. New actions save it
 * on; an action saved before the mapping existed has it on too (on unless false).
 */
import { MAPPING_FIELDS as M } from '../../../core/settings/mappingFields';
import type { Settings } from '../../bridge/types';
import { initFieldValue, type Values } from '../../form/fieldValue';
import { groupSettings, initValues, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldById, fieldsAt } from './declared';

export const MAPPING = fieldsAt('mapping');
export const MAPPING_ENABLED = fieldById(M.enabled.id);
export const MAPPING_EXCLUDE = fieldById(M.exclude.id);

const plain = plainSection(MAPPING, ACTION_SCHEMA);

export const mappingSection: Section = {
  ...plain,
  getInitValues(settings: Settings | null) {
    const values = initValues(MAPPING, settings);
    // As if stored on: saved as true, and unticking it saves false.
    return settings ? values : { ...values, [MAPPING_ENABLED.id]: initFieldValue(true) };
  },
  getSettings: (values: Values, stored) => groupSettings('xdmMapping', MAPPING, values, stored),
};

/** Whether the mapping is on in the form (a data element deciding it counts as on). */
export function mappingOn(values: Values): boolean {
  return values[MAPPING_ENABLED.id]?.text.trim().toLowerCase() !== 'false';
}

/** The Meta parameters listed in the form's exclude field. */
export function excludedNames(values: Values): string[] {
  return (values[MAPPING_EXCLUDE.id]?.text ?? '').split(/[\s,]+/).filter(Boolean);
}
