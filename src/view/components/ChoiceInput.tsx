/** One of a fixed list (action source, consent choices), in words, or a data element. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Item, Picker } from '@adobe/react-spectrum/Picker';
import { Text } from '@adobe/react-spectrum/Text';
import { useRef, type Key } from 'react';
import { optionWords, unsetWords } from '../form/texts';
import { BackToControl } from './BackToControl';
import { useFieldProps } from './fieldProps';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';
import { TextInput } from './TextInput';
import { controlShows } from './tokenOrControl';
import { useInvalidTrigger } from './useInvalidTrigger';

/** The picker's entry for "not set" on optional fields. */
const NONE = '__none__';

export function ChoiceInput(props: InputProps) {
  const { field } = props;
  const { text, error, required, setText } = useField(field);
  const { spec } = field;
  const shared = useFieldProps(field, props, error, required);
  const wrapper = useRef<HTMLDivElement>(null);
  useInvalidTrigger(wrapper, !!error);
  if (spec.kind !== 'choice') return <TextInput {...props} />;
  // A data element (or any stored text outside the list) is shown and edited as text, with a way back to the list.
  if (!controlShows(spec, text)) {
    return (
      <Flex direction="column" gap="size-100">
        <TextInput {...props} />
        <BackToControl text="Choose from the list instead" label={shared.label} onPress={() => setText('')} />
      </Flex>
    );
  }
  const items = [
    ...(spec.required ? [] : [{ id: NONE, name: unsetWords(spec), value: undefined }]),
    ...spec.options.map((o) => ({ id: o, name: optionWords(spec, o), value: o })),
  ];
  return (
    <FieldRow fieldId={field.id} label={shared.label} onToken={setText}>
      <div ref={wrapper} className="picker-wrapper">
        <Picker
          {...shared}
          items={items}
          selectedKey={text.trim() || (spec.required ? null : NONE)}
          onSelectionChange={(key: Key | null) => setText(key === null || key === NONE ? '' : String(key))}
        >
          {(item) => (
            <Item key={item.id} textValue={item.name}>
              <Text>{item.name}</Text>
              {item.value !== undefined && item.value !== item.name ? (
                <Text slot="description">{item.value}</Text>
              ) : null}
            </Item>
          )}
        </Picker>
      </div>
    </FieldRow>
  );
}
