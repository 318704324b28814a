/** The props every Spectrum field here shares: label, help, required marker, inline problem. */
import { Content } from '@adobe/react-spectrum/Content';
import { ContextualHelp } from '@adobe/react-spectrum/ContextualHelp';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Text } from '@adobe/react-spectrum/Text';
import type { TextField } from '@adobe/react-spectrum/TextField';
import type { ComponentProps } from 'react';
import type { FieldDef } from '../form/fieldDef';
import { firstSentence } from '../form/texts';

export interface InputProps {
  field: FieldDef;
  /** Overrides the declared label or help (the declarations stay the source). */
  label?: string;
  description?: string;
  /** More to read after the help (a normalization rule), behind the field's info button. */
  details?: string;
  width?: ComponentProps<typeof TextField>['width'];
}

/**
 * `required`: by the declaration, or because other values make it so now. The help's first
 * sentence stays under the field; the rest opens from the info button beside the label, which
 * keeps the page short.
 */
export function fieldProps(field: FieldDef, props: InputProps, error: string | undefined, required: boolean) {
  const label = props.label ?? field.spec.label;
  const help = props.description ?? field.spec.help;
  const [short, rest] = firstSentence(help);
  const more = [rest, props.details].filter(Boolean).join(' ');
  return {
    label,
    description: short,
    contextualHelp: more ? (
      <ContextualHelp variant="info" aria-label={`About ${label}`}>
        <Heading>{label}</Heading>
        <Content>
          <Text>{[help, props.details].filter(Boolean).join(' ')}</Text>
        </Content>
      </ContextualHelp>
    ) : undefined,
    isRequired: required,
    // "(required)" beside required labels only; optional fields carry no marker.
    necessityIndicator: required ? ('label' as const) : ('icon' as const),
    validationState: error ? ('invalid' as const) : undefined,
    errorMessage: error,
    // The row decides the width (up to a comfortable maximum); the field fills it.
    width: props.width ?? '100%',
    minWidth: 0,
  };
}
