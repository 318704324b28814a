/**
 * A checkbox that can also take a data element: then it is shown as text, with a button back to
 * the checkbox.
 */
import { Checkbox } from '@adobe/react-spectrum/Checkbox';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Text } from '@adobe/react-spectrum/Text';
import { useId } from 'react';
import { BackToControl } from './BackToControl';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import { useHelp, type InputProps } from './fieldProps';
import { TextInput } from './TextInput';
import { boxTicked, controlShows } from './tokenOrControl';

export function BooleanInput(props: InputProps) {
  const { field, label = field.spec.label } = props;
  const { text, error, setText } = useField(field);
  const help = useHelp(field, props);
  const helpId = useId();
  if (!controlShows(field.spec, text)) {
    return (
      <Flex direction="column" gap="size-100">
        <TextInput {...props} />
        <BackToControl text="Use a checkbox instead" label={label} onPress={() => setText('')} />
      </Flex>
    );
  }
  return (
    <Flex direction="column">
      <FieldRow fieldId={field.id} label={label} onToken={field.path.length ? setText : undefined} labelAbove={false}>
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
        {error ?? help}
      </Text>
    </Flex>
  );
}
