/** The "Send Conversions API Event" view's sections, in settings order, and the rules across them. */
import type { SettingError } from '../../core/errors';
import { CONFIGURATION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import { isPlainObject } from '../../core/values';
import { problemText } from '../form/checkField';
import { settingsOf } from '../form/formStore';
import type { Values } from '../form/fieldValue';
import type { Errors, Section } from '../form/section';
import { buildPreview, type Preview } from '../preview/buildPreview';
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
const CONFIGURATION_LABELS = new Set(CONFIGURATION_FORM_FIELD_LIST.map((f) => f.label));

const blank = (values: Values, id: string) => !values[id]?.text.trim();

/**
 * Where the form shows each of the rules' problems: on the field it names (or the JSON box, for
 * a custom-data key given there rather than by its own field), and a problem of a whole group
 * (customer information) under the group's id with its label. Several problems for one place
 * are shown together.
 */
export function ruleErrors(problems: readonly SettingError[], values: Values): Errors {
  const errors: Errors = {};
  const add = (id: string, text: string) => (errors[id] = errors[id] ? `${errors[id]} ${text}` : text);
  const merged = mergedCustomData(values);
  for (const problem of problems) {
    // The configuration's own problems belong to the configuration view.
    if (problem.label && CONFIGURATION_LABELS.has(problem.label)) continue;
    let id = FIELD_IDS.find((f) => problem.setting === f || problem.setting.startsWith(`${f}.`)) ?? problem.setting;
    const key = id.slice(`${CUSTOM_DATA.id}.`.length);
    if (CUSTOM_DATA_FIELDS.some((f) => f.id === id) && blank(values, id) && isPlainObject(merged) && key in merged)
      id = CUSTOM_DATA.id;
    const field = FIELD_IDS.includes(id);
    add(id, field || !problem.label ? problemText(problem) : `${problem.label}: ${problem.problem}`);
  }
  return errors;
}

/** The rules' problems in the preview: every one the library's refusal names. */
function ruleProblems(preview: Preview): readonly SettingError[] {
  return preview.problem?.problems ?? [];
}

/** The values with every field that has a problem of its own left blank. */
function withoutKnownProblems(values: Values, known: Readonly<Errors>): Values {
  const blanked = Object.keys(known).filter((id) => values[id]?.text.trim());
  if (!blanked.length) return values;
  return { ...values, ...Object.fromEntries(blanked.map((id) => [id, { ...values[id], text: '' }])) };
}

/**
 * The action's own rules across fields (event-time window, website and app needs, a Purchase's
 * value and currency, the mapping): the preview builds the event with the library's code, and
 * every problem of its refusal is this form's. A field's own problem is shown already, and would stop the
 * library before its rules: they are checked as if that field were blank, so one save shows both.
 */
const eventRulesSection: Section = {
  fields: [],
  getInitValues: () => ({}),
  getSettings: () => ({}),
  validate(values, info, nowMs, known): Errors {
    const checked = withoutKnownProblems(values, known);
    const preview = buildPreview(info.extensionSettings, settingsOf(SETTINGS_SECTIONS, checked, info.settings), nowMs);
    return ruleErrors(ruleProblems(preview), checked);
  },
};

export const ACTION_SECTIONS: readonly Section[] = [...SETTINGS_SECTIONS, eventRulesSection];
