/**
 * One field's problem, as shown under it: the core's parser on a literal value (a value holding
 * a data-element token is known only at run time, so its format is not checked), then the
 * setting's JSON schema, so that nothing the Data Collection UI would refuse gets saved.
 */
import { SettingError } from '../../core/errors';
import { holdsToken, isOnlyToken } from '../../core/values';
import type { FieldSpec } from './fieldDef';
import type { FieldDef } from './fieldDef';
import { fitsSchema, type Schema } from './schemaCheck';

/** `value` is what would be saved for the field (undefined: nothing). */
export function checkField(field: FieldDef, value: unknown, schema: Schema): string | undefined {
  const problem = parseProblem(field, value);
  if (problem) return problem;
  if (value === undefined) return field.spec.required ? 'This setting is required.' : undefined;
  return fitsSchema(schema, value) ? undefined : kindHint(field.spec, value);
}

function parseProblem(field: FieldDef, value: unknown): string | undefined {
  if (!field.parse) return undefined;
  if (value === undefined && !field.spec.required) return undefined;
  // JSON text may hold tokens inside and still be checked as JSON (see jsonWithTokens).
  const runtimeOnly = field.spec.kind === 'json' ? isOnlyToken(value) : holdsToken(value);
  if (runtimeOnly) return undefined;
  try {
    field.parse(value, field.id);
    return undefined;
  } catch (error) {
    return problemText(error);
  }
}

/** A SettingError's problem, without the setting's name (the field is right there). */
export function problemText(error: unknown): string {
  if (!(error instanceof SettingError)) throw error;
  return error.problem.charAt(0).toUpperCase() + error.problem.slice(1);
}

/** What a value the schema refuses should look like, by kind. */
function kindHint(spec: FieldSpec, value: unknown): string {
  switch (spec.kind) {
    case 'boolean':
      return 'Use true or false, or one data element on its own.';
    case 'integer':
      return 'Use a whole number, or one data element on its own.';
    case 'choice':
      return `Use one of ${spec.options.join(', ')}, or a data element.`;
    case 'list':
      return 'Use text, a number, or a list of them.';
    case 'json':
      return 'Use a JSON object.';
    case 'time':
      return 'Use Unix seconds or milliseconds, or an ISO 8601 date-time.';
    default:
      return typeof value === 'string' ? 'Retype this value: it is not in a form this setting accepts.' : 'Use text.';
  }
}
