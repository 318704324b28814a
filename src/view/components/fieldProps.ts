/** The props every Spectrum field here shares: label, help, required marker, inline problem. */
import type { FieldDef } from '../form/fieldDef';
import type { InputProps } from './TextInput';

export function fieldProps(field: FieldDef, props: InputProps, error: string | undefined) {
  const required = field.spec.required === true;
  return {
    label: props.label ?? field.spec.label,
    description: props.description ?? field.spec.help,
    isRequired: required,
    // "(required)" beside required labels only; optional fields carry no marker.
    necessityIndicator: required ? ('label' as const) : undefined,
    validationState: error ? ('invalid' as const) : undefined,
    errorMessage: error,
    width: props.width ?? 'size-4600',
  };
}
