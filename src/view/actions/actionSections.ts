/** The "Send Conversions API Event" view's sections, in settings order, and the rules across them. */
import { CONFIGURATION_FIELD_LIST } from '../../core/settings/allFields';
import { problemText } from '../form/checkField';
import { settingsOf } from '../form/formStore';
import type { Errors, Section } from '../form/section';
import { buildPreview } from '../preview/buildPreview';
import { consentSection } from './sections/consentSection';
import { customDataSection } from './sections/customDataSection';
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

/**
 * The action's own rules across fields (event-time window, website needs, a Purchase's value
 * and currency, the mapping): the preview builds the event with the library's code, and its
 * refusal is this form's problem, shown on the field it names (or the nearest one holding it).
 */
const eventRulesSection: Section = {
  fields: [],
  getInitValues: () => ({}),
  getSettings: () => ({}),
  validate(values, info): Errors {
    const { problem } = buildPreview(info.extensionSettings, settingsOf(SETTINGS_SECTIONS, values, info.settings), Date.now());
    // The configuration's own problems belong to the configuration view.
    if (!problem || (problem.label && CONFIGURATION_LABELS.has(problem.label))) return {};
    const id = FIELD_IDS.find((f) => problem.setting === f || problem.setting.startsWith(`${f}.`)) ?? problem.setting;
    return { [id]: problemText(problem) };
  },
};

export const ACTION_SECTIONS: readonly Section[] = [...SETTINGS_SECTIONS, eventRulesSection];
