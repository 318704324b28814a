/**
 * Free text with suggestions (event name): a combo box that accepts any name or a data element.
 * The suggestions open on typing or on the arrow button, not on focus, so they never cover the
 * next field uninvited.
 */
import { ComboBox, Item } from '@adobe/react-spectrum/ComboBox';
import { useFieldProps } from './fieldProps';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';

export function SuggestInput(props: InputProps) {
  const { field } = props;
  const { text, error, required, setText } = useField(field);
  const shared = useFieldProps(field, props, error, required);
  const options = (field.spec.kind === 'suggest' ? field.spec.options : []).map((name) => ({ name }));
  return (
    <FieldRow fieldId={field.id} label={shared.label} onToken={setText}>
      <ComboBox
        {...shared}
        allowsCustomValue
        inputValue={text}
        onInputChange={setText}
        defaultItems={options}
        menuTrigger="input"
        placeholder={field.spec.placeholder}
      >
        {(item) => <Item key={item.name}>{item.name}</Item>}
      </ComboBox>
    </FieldRow>
  );
}
