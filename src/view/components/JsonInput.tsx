/** A JSON object in a text area, with the data-element button and Adobe's code editor. */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Flex } from '@adobe/react-spectrum/Flex';
import { TextArea } from '@adobe/react-spectrum/TextArea';
import Code from '@spectrum-icons/workflow/Code';
import { editJson } from '../bridge/extensionBridge';
import { insertToken } from '../form/insertToken';
import { DataElementButton } from './DataElementButton';
import { fieldProps } from './fieldProps';
import { useCaret } from './useCaret';
import { useField } from './formContext';
import type { InputProps } from './fieldProps';

export function JsonInput(props: InputProps) {
  const { field } = props;
  const { text, error, setText, currentText } = useField(field);
  const shared = fieldProps(field, { ...props, width: '100%' }, error);
  const caret = useCaret<HTMLTextAreaElement>();
  const openEditor = () => {
    // Cancelling resolves undefined: the text stays as it is.
    editJson(currentText()).then((code) => code !== undefined && setText(code), (e) => console.error('Code editor:', e));
  };
  return (
    <Flex direction="column" gap="size-50" width="100%" maxWidth="size-6000">
      <TextArea
        {...shared}
        ref={caret.ref}
        onBlur={caret.onBlur}
        value={text}
        onChange={setText}
        height="size-2000"
        UNSAFE_className="json-input"
      />
      <Flex gap="size-100">
        <DataElementButton label={shared.label} onToken={(token) => setText(insertToken(currentText(), token, field.spec, caret.selection()))} />
        <ActionButton onPress={openEditor} aria-label={`Open ${shared.label} in the code editor`}>
          <Code />
        </ActionButton>
      </Flex>
    </Flex>
  );
}
