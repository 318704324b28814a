/** One of a fixed list (action source, messaging channel), or a data element. */
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
  const { text, error, setText } = useField(field);
  // A data element (or any stored text outside the list) is shown and edited as text;
  // clearing that text brings the picker back.
  const { spec } = field;
  if (spec.kind !== 'choice' || !controlShows(spec, text)) return <TextInput {...props} />;
  const shared = fieldProps(field, props, error);
  const required = spec.required === true;
  const items = [...(required ? [] : [{ id: NONE, name: 'Not set' }]), ...spec.options.map((o) => ({ id: o, name: o }))];
  return (
    <FieldRow label={shared.label} onToken={setText}>
      <Picker
        {...shared}
        items={items}
        selectedKey={text.trim() || (required ? null : NONE)}
        onSelectionChange={(key: Key | null) => setText(key === null || key === NONE ? '' : String(key))}
      >
        {(item) => <Item key={item.id}>{item.name}</Item>}
      </Picker>
    </FieldRow>
  );
}
