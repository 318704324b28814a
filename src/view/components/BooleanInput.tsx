/**
 * A checkbox that can also take a data element: then it is shown as text, with an explicit way
 * back to the checkbox.
 */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Checkbox } from '@adobe/react-spectrum/Checkbox';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Text } from '@adobe/react-spectrum/Text';
import { useId } from 'react';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';
import { TextInput } from './TextInput';
import { boxTicked, controlShows } from './tokenOrControl';

export function BooleanInput(props: InputProps) {
  const { field, label = field.spec.label } = props;
  const { text, error, setText } = useField(field);
  const helpId = useId();
  if (!controlShows(field.spec, text)) {
    return (
      <Flex direction="column" gap="size-50">
        <TextInput {...props} />
        <ActionButton isQuiet onPress={() => setText('')} alignSelf="start" aria-label={`Use a checkbox for ${label}`}>
          Use a checkbox instead
        </ActionButton>
      </Flex>
    );
  }
  const help = error ?? props.description ?? field.spec.help;
  return (
    <Flex direction="column">
      <FieldRow label={label} onToken={field.path.length ? setText : undefined} labelAbove={false}>
        <Checkbox
          isSelected={boxTicked(field, text)}
          onChange={(on) => setText(on ? 'true' : 'false')}
          validationState={error ? 'invalid' : undefined}
          aria-describedby={helpId}
        >
          {label}
        </Checkbox>
      </FieldRow>
      <Text id={helpId} UNSAFE_className={error ? 'field-help field-help--error' : 'field-help'}>
        {help}
      </Text>
    </Flex>
  );
}
