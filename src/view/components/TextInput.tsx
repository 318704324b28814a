/** A text field with a data-element button: text, secrets, times, numbers and user_data values. */
import { TextField } from '@adobe/react-spectrum/TextField';
import { holdsToken } from '../../core/values';
import { insertToken } from '../form/insertToken';
import { fieldProps, type InputProps } from './fieldProps';
import { FieldRow } from './FieldRow';
import { useCaret } from './useCaret';
import { useField } from './formContext';


export function TextInput(props: InputProps) {
  const { field } = props;
  const { text, stored, error, setText, currentText } = useField(field);
  const caret = useCaret();
  const shared = fieldProps(field, props, error);
  // A literal secret is masked; a data-element token is not secret and stays readable.
  const masked = field.spec.kind === 'secret' && !holdsToken(text);
  const listHint = Array.isArray(stored) ? ' A list: separate the values with commas.' : '';
  return (
    <FieldRow label={shared.label} onToken={(token) => setText(insertToken(currentText(), token, field.spec, caret.selection()))}>
      <TextField
        {...shared}
        description={shared.description + listHint}
        ref={caret.ref}
        onBlur={caret.onBlur}
        placeholder={field.spec.placeholder}
        value={text}
        onChange={setText}
        type={masked ? 'password' : 'text'}
        autoComplete="off"
      />
    </FieldRow>
  );
}
