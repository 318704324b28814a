/** The props every Spectrum field here shares: label, help, required marker, inline problem. */
import type { TextField } from '@adobe/react-spectrum/TextField';
import type { ComponentProps } from 'react';
import type { FieldDef } from '../form/fieldDef';

export interface InputProps {
  field: FieldDef;
  /** Overrides the declared label or help (the declarations stay the source). */
  label?: string;
  description?: string;
  width?: ComponentProps<typeof TextField>['width'];
}


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
