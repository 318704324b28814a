/** The "Send Conversions API Event" view's sections, in settings order, and the rules across them. */
import { CONFIGURATION_FIELD_LIST } from '../../core/settings/allFields';
import { isPlainObject } from '../../core/values';
import { problemText } from '../form/checkField';
import { settingsOf } from '../form/formStore';
import type { Values } from '../form/fieldValue';
import type { Errors, Section } from '../form/section';
import { buildPreview } from '../preview/buildPreview';
import { consentSection } from './sections/consentSection';
import {
  CUSTOM_DATA,
  CUSTOM_DATA_FIELDS,
  customDataSection,
  isPurchase,
  mergedCustomData,
} from './sections/customDataSection';
import { limitedDataUseSection } from './sections/limitedDataUseSection';
import { excludedNames, mappingOn, mappingSection } from './sections/mappingSection';
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
 * The action's own rules across fields (event-time window, website needs, a Purchase's value
 * and currency, the mapping): the preview builds the event with the library's code, and its
 * refusal is this form's problem, shown on the field it names (or the nearest one holding it).
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
    // The configuration's own problems belong to the configuration view.
    if (!problem || (problem.label && CONFIGURATION_LABELS.has(problem.label))) return {};
    // A Purchase without value or currency: shown on the blank fields that would give them.
    const merged = mergedCustomData(values);
    const given = (key: string) =>
      (isPlainObject(merged) && key in merged) || (mappingOn(values) && !excludedNames(values).includes(key));
    const purchaseFields = CUSTOM_DATA_FIELDS.filter((f) => f.requiredWhen && !given(f.path[1]));
    if (problem.setting === CUSTOM_DATA.id && isPurchase(values) && purchaseFields.length) {
      const fix = {
        'customData.value': 'the order total, e.g. 42.50',
        'customData.currency': 'its ISO 4217 code, e.g. USD',
      };
      return Object.fromEntries(
        purchaseFields.map((f) => [
          f.id,
          `A Purchase needs it: enter ${fix[f.id as keyof typeof fix]}, or a data element.`,
        ]),
      );
    }
    let id = FIELD_IDS.find((f) => problem.setting === f || problem.setting.startsWith(`${f}.`)) ?? problem.setting;
    // A key given inside the JSON box rather than by its own field.
    if (CUSTOM_DATA_FIELDS.some((f) => f.id === id) && blank(values, id)) id = CUSTOM_DATA.id;
    return { [id]: problemText(problem) };
  },
};

export const ACTION_SECTIONS: readonly Section[] = [...SETTINGS_SECTIONS, eventRulesSection];
