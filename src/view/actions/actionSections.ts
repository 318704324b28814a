/** The "Send Conversions API Event" view's sections, in settings order, and the rules across them. */
import { CONFIGURATION_FIELD_LIST } from '../../core/settings/allFields';
import { isPlainObject } from '../../core/values';
import { problemText } from '../form/checkField';
import { settingsOf } from '../form/formStore';
import type { Values } from '../form/fieldValue';
import type { Errors, Section } from '../form/section';
import { buildPreview } from '../preview/buildPreview';
import { consentSection } from './sections/consentSection';
import { CUSTOM_DATA, CUSTOM_DATA_FIELDS, customDataSection, mergedCustomData } from './sections/customDataSection';
import { limitedDataUseSection } from './sections/limitedDataUseSection';
import { mappingSection } from './sections/mappingSection';
import { overrideSection } from './sections/overrideSection';
import { serverEventSection } from './sections/serverEventSection';
import { testEventSection } from './sections/testEventSection';
import { userDataSection } from './sections/userDataSection';

/** The sections that own settings. */
export const SETTINGS_SECTIONS: readonly Section[] = [
  overrideSection,
  mappingSection,
  consentSection,
  serverEventSection,
  limitedDataUseSection,
  userDataSection,
  customDataSection,
  testEventSection,
];

const FIELD_IDS = SETTINGS_SECTIONS.flatMap((s) => s.fields.map((f) => f.id)).sort((a, b) => b.length - a.length);
const CONFIGURATION_LABELS = new Set(CONFIGURATION_FIELD_LIST.map((f) => f.label));

const blank = (values: Values, id: string) => !values[id]?.text.trim();

/**
 * The action's own rules across fields (event-time window, website and app needs, a Purchase's
 * value and currency, the mapping): the preview builds the event with the library's code, and
 * every problem of its refusal is this form's, shown on the field it names (or the nearest one
 * holding it).
 */
const eventRulesSection: Section = {
  fields: [],
  getInitValues: () => ({}),
  getSettings: () => ({}),
  validate(values, info, nowMs): Errors {
    const { problem } = buildPreview(
      info.extensionSettings,
      settingsOf(SETTINGS_SECTIONS, values, info.settings),
      nowMs,
    );
    const errors: Errors = {};
    const merged = mergedCustomData(values);
    for (const each of problem?.problems ?? []) {
      // The configuration's own problems belong to the configuration view.
      if (each.label && CONFIGURATION_LABELS.has(each.label)) continue;
      let id = FIELD_IDS.find((f) => each.setting === f || each.setting.startsWith(`${f}.`)) ?? each.setting;
      // A key given inside the JSON box rather than by its own field.
      const key = id.slice(`${CUSTOM_DATA.id}.`.length);
      if (CUSTOM_DATA_FIELDS.some((f) => f.id === id) && blank(values, id) && isPlainObject(merged) && key in merged)
        id = CUSTOM_DATA.id;
      errors[id] ??= problemText(each);
    }
    return errors;
  },
};

export const ACTION_SECTIONS: readonly Section[] = [...SETTINGS_SECTIONS, eventRulesSection];
