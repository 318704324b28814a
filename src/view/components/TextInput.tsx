/** A text field with a data-element button: text, secrets, times, numbers and user_data values. */
import { TextField, type TextFieldRef } from '@adobe/react-spectrum/TextField';
import { useRef } from 'react';
import { holdsToken } from '../../core/values';
import { insertToken, type Selection } from '../form/insertToken';
import { useFieldProps, type InputProps } from './fieldProps';
import { FieldRow } from './FieldRow';
import { useField } from './formContext';
import { selectionOf } from './selection';

export function TextInput(props: InputProps) {
  const { field } = props;
  const { text, stored, error, required, setText, currentText } = useField(field);
  const input = useRef<TextFieldRef<HTMLInputElement>>(null);
  const selection = useRef<Selection | undefined>(undefined);
  const listHint = Array.isArray(stored) ? 'A list: separate the values with commas.' : undefined;
  const note = [listHint, props.note].filter(Boolean).join(' ') || undefined;
  const shared = useFieldProps(field, { ...props, note }, error, required);
  // A literal secret is masked; a data-element token is not secret and stays readable.
  const masked = field.spec.kind === 'secret' && !holdsToken(text);
  const onToken = (token: string) => setText(insertToken(currentText(), token, field.spec, selection.current));
  return (
    <FieldRow fieldId={field.id} label={shared.label} onToken={onToken}>
      <TextField
        {...shared}
        ref={input}
        onBlur={() => (selection.current = selectionOf(input.current?.getInputElement()))}
        placeholder={field.spec.placeholder}
        value={text}
        onChange={setText}
        type={masked ? 'password' : 'text'}
        autoComplete="off"
      />
    </FieldRow>
  );
}
