/** A JSON object in a full-width text area that grows with its text; a data-element button and the code editor. */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Flex } from '@adobe/react-spectrum/Flex';
import { TextArea } from '@adobe/react-spectrum/TextArea';
import type { TextFieldRef } from '@adobe/react-spectrum/TextField';
import Code from '@spectrum-icons/workflow/Code';
import { useRef } from 'react';
import { editJson } from '../bridge/extensionBridge';
import { insertToken, type Selection } from '../form/insertToken';
import { DataElementButton } from './DataElementButton';
import { useFieldProps } from './fieldProps';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';
import { selectionOf } from './selection';

export function JsonInput(props: InputProps) {
  const { field } = props;
  const { text, error, required, setText, currentText } = useField(field);
  const shared = useFieldProps(field, { ...props, width: '100%' }, error, required);
  const input = useRef<TextFieldRef<HTMLTextAreaElement>>(null);
  const selection = useRef<Selection | undefined>(undefined);
  const openEditor = () => {
    // Cancelling resolves undefined: the text stays as it is.
    editJson(currentText()).then(
      (code) => code !== undefined && setText(code),
      (e) => console.error('Code editor:', e),
    );
  };
  const onToken = (token: string) => setText(insertToken(currentText(), token, field.spec, selection.current));
  return (
    <div className="field-row field-row--wide" data-field-id={field.id}>
      <TextArea
        {...shared}
        ref={input}
        onBlur={() => (selection.current = selectionOf(input.current?.getInputElement()))}
        value={text}
        onChange={setText}
        placeholder={field.spec.placeholder}
        UNSAFE_className="json-input"
      />
      <Flex direction="column" gap="size-100" marginTop="size-300">
        <DataElementButton label={shared.label} onToken={onToken} />
        <ActionButton onPress={openEditor} aria-label={`Open ${shared.label} in the code editor`}>
          <Code />
        </ActionButton>
      </Flex>
    </div>
  );
}
