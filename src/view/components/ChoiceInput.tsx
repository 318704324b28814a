/** One of a fixed list (action source, messaging channel), or a data element. */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Item, Picker } from '@adobe/react-spectrum/Picker';
import type { Key } from 'react';
import { fieldProps } from './fieldProps';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';
import { TextInput } from './TextInput';
import { controlShows } from './tokenOrControl';

/** The picker's entry for "not set" on optional fields. */
const NONE = '__none__';

export function ChoiceInput(props: InputProps) {
  const { field } = props;
  const { text, error, required, setText } = useField(field);
  const { spec } = field;
  const shared = fieldProps(field, props, error, required);
  if (spec.kind !== 'choice') return <TextInput {...props} />;
  // A data element (or any stored text outside the list) is shown and edited as text, with a way back to the list.
  if (!controlShows(spec, text)) {
    return (
      <Flex direction="column" gap="size-50">
        <TextInput {...props} />
        <ActionButton
          isQuiet
          onPress={() => setText('')}
          alignSelf="start"
          aria-label={`Choose ${shared.label} from the list`}
        >
          Choose from the list instead
        </ActionButton>
      </Flex>
    );
  }
  const items = [
    ...(spec.required ? [] : [{ id: NONE, name: 'Not set' }]),
    ...spec.options.map((o) => ({ id: o, name: o })),
  ];
  return (
    <FieldRow label={shared.label} onToken={setText}>
      <Picker
        {...shared}
        items={items}
        selectedKey={text.trim() || (spec.required ? null : NONE)}
        onSelectionChange={(key: Key | null) => setText(key === null || key === NONE ? '' : String(key))}
      >
        {(item) => <Item key={item.id}>{item.name}</Item>}
      </Picker>
    </FieldRow>
  );
}
