/** The control for a field, by its declared kind. */
import { BooleanInput } from './BooleanInput';
import { ChoiceInput } from './ChoiceInput';
import { JsonInput } from './JsonInput';
import { SuggestInput } from './SuggestInput';
import type { InputProps } from './fieldProps';
import { TextInput } from './TextInput';

export function FieldInput(props: InputProps) {
  switch (props.field.spec.kind) {
    case 'boolean':
      return <BooleanInput {...props} />;
    case 'choice':
      return <ChoiceInput {...props} />;
    case 'suggest':
      return <SuggestInput {...props} />;
    case 'json':
      return <JsonInput {...props} />;
    default:
      return <TextInput {...props} />;
  }
}
