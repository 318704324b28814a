/**
 * The XDM mapping: `xdmMapping { enabled, exclude, externalIdNamespace }`. It runs unless
 * `enabled` is false (or "false"), as the action reads it: new actions save it on, and an
 * action saved before the setting existed shows it on, and saves `false` once unticked.
 */
import { metaName } from '../../../core/settings/field';
import { MAPPING_FIELDS as M, namesIn } from '../../../core/settings/mappingFields';
import type { Settings } from '../../bridge/types';
import { boxTicked } from '../../components/tokenOrControl';
import type { FieldDef } from '../../form/fieldDef';
import { initFieldValue, settingValue, type Values } from '../../form/fieldValue';
import { groupSettings, initValues, plainSection, type Section } from '../../form/section';
import { ACTION_SCHEMA, fieldById, fieldsAt } from './declared';

export const MAPPING_ENABLED: FieldDef = { ...fieldById(M.enabled.id), blankIsOn: true };
export const MAPPING = fieldsAt('mapping').map((f) => (f.id === MAPPING_ENABLED.id ? MAPPING_ENABLED : f));
export const MAPPING_EXCLUDE = fieldById(M.exclude.id);

const plain = plainSection(MAPPING, ACTION_SCHEMA);

export const mappingSection: Section = {
  ...plain,
  getInitValues(settings: Settings | null) {
    const values = initValues(MAPPING, settings);
    // As if stored on: saved as true, and unticking it saves false.
    return settings ? values : { ...values, [MAPPING_ENABLED.id]: initFieldValue(true) };
  },
  getSettings(values: Values, stored) {
    const saved = groupSettings('xdmMapping', MAPPING, values, stored);
    // An unticked box that was never stored saves nothing by the usual rule; here blank means on, so it says false.
    if (mappingOn(values) || settingValue('boolean', values[MAPPING_ENABLED.id]) !== undefined) return saved;
    return { xdmMapping: { ...(saved.xdmMapping as Settings | undefined), enabled: false } };
  },
};

/** Whether the mapping is on in the form, as the action decides it (a data element deciding it counts as on). */
export function mappingOn(values: Values): boolean {
  return boxTicked(MAPPING_ENABLED, values[MAPPING_ENABLED.id]?.text ?? '');
}

/** The Meta parameters listed in the form's exclude field. */
function excludedNames(values: Values): string[] {
  return namesIn(values[MAPPING_EXCLUDE.id]?.text ?? '');
}

/** Whether the event fills this blank field: an Edge default, or the mapping when on and not leaving it alone. */
export function filledFromEvent(field: FieldDef, values: Values): boolean {
  const fromEvent = field.field?.fromEvent;
  if (!fromEvent) return false;
  return !fromEvent.mapping || (mappingOn(values) && !excludedNames(values).includes(metaName(field.field!)!));
}
