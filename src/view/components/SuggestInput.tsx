/** Free text with suggestions (event name): a combo box that accepts any name or a data element. */
import { ComboBox, Item } from '@adobe/react-spectrum/ComboBox';
import { fieldProps } from './fieldProps';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';

export function SuggestInput(props: InputProps) {
  const { field } = props;
  const { text, error, setText } = useField(field);
  const shared = fieldProps(field, props, error);
  const options = (field.spec.kind === 'suggest' ? field.spec.options : []).map((name) => ({ name }));
  return (
    <FieldRow label={shared.label} onToken={setText}>
      <ComboBox {...shared} allowsCustomValue inputValue={text} onInputChange={setText} defaultItems={options} menuTrigger="input">
        {(item) => <Item key={item.name}>{item.name}</Item>}
      </ComboBox>
    </FieldRow>
  );
}
