/** The props every Spectrum field here shares: label, help, required marker, inline problem. */
import type { TextField } from '@adobe/react-spectrum/TextField';
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react';
import type { FieldDef } from '../form/fieldDef';
import { firstSentence } from '../form/texts';

export interface InputProps {
  field: FieldDef;
  /** Overrides the declared label or help (the declarations stay the source). */
  label?: string;
  description?: string;
  /** More to read after the help (a normalization rule), shown with the section's details. */
  details?: string;
  /** A line of its own under the help: where a blank value comes from, or what a blank does. */
  note?: string;
  /** The event fills the field when it is blank: a required one need not be typed. */
  filledWhenBlank?: boolean;
  width?: ComponentProps<typeof TextField>['width'];
}

/**
 * Whether fields show their details: the help beyond its first sentence and the rules. A section
 * with many fields keeps them behind one switch; elsewhere they are shown.
 */
export const DetailsShown = createContext(true);

/** The help under a field: its first sentence (all of it, with the details, when shown), then the note. */
export function useHelp(field: FieldDef, props: InputProps): ReactNode {
  const shown = useContext(DetailsShown);
  const help = props.description ?? field.spec.help;
  const text = shown ? [help, props.details].filter(Boolean).join(' ') : firstSentence(help)[0];
  if (!props.note) return text;
  return (
    <>
      {text}
      <span className="field-note">{props.note}</span>
    </>
  );
}

/**
 * `required`: by the declaration, or because other values make it so now. A required field the
 * event fills when blank says so in its label ("Value (required; from the event when blank)")
 * and may stay blank; "(required)" is left for what must be typed. Spectrum links the help and
 * the problem to the input (aria-describedby) and marks it invalid.
 */
export function useFieldProps(field: FieldDef, props: InputProps, error: string | undefined, required: boolean) {
  const label = props.label ?? field.spec.label;
  const typed = required && !props.filledWhenBlank;
  return {
    label: required && !typed ? `${label} (required; from the event when blank)` : label,
    description: useHelp(field, props),
    isRequired: typed,
    // "(required)" beside labels that must be typed only; optional fields carry no marker.
    necessityIndicator: typed ? ('label' as const) : ('icon' as const),
    validationState: error ? ('invalid' as const) : undefined,
    errorMessage: error,
    // The row decides the width (up to a comfortable maximum); the field fills it.
    width: props.width ?? '100%',
    minWidth: 0,
  };
}
