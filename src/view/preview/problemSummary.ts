/**
 * How the preview words the library's refusal: by the field's label with the setting path after
 * it, and calmly ("Still needed") while a field is only not filled in yet and validate() has not run.
 */
import type { SettingError } from '../../core/errors';
import { ACTION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import type { Values } from '../form/fieldValue';

export interface ProblemSummary {
  calm: boolean;
  heading: string;
  text: string;
}

const EMPTY = /^it is empty\.\s*/;

/** `Event time (serverEvent.event_time): …`: the label for people, the path for developers. */
export function labelled(error: SettingError): string {
  const label = error.label ?? ACTION_FORM_FIELD_LIST.find((f) => f.id === error.setting)?.label;
  return `${label ?? error.setting} (${error.setting}): ${error.problem}`;
}

export function problemSummary(error: SettingError, values: Values, validated: boolean): ProblemSummary {
  const field = ACTION_FORM_FIELD_LIST.find((f) => f.id === error.setting);
  const notFilledIn = !!field && EMPTY.test(error.problem) && !values[field.id]?.text.trim();
  if (notFilledIn && !validated) {
    const verb = field.kind === 'choice' || field.kind === 'suggest' ? 'Choose' : 'Enter';
    const rest = error.problem.replace(EMPTY, '');
    return {
      calm: true,
      heading: 'Still needed',
      text: `${verb} the ${field.label.toLowerCase()} (${field.id}): ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`,
    };
  }
  return { calm: false, heading: 'Not sendable as set', text: labelled(error) };
}
