/**
 * An action field with its event default: while blank, it says where the value will come from
 * (an Edge default, or the XDM mapping), and a mapped field offers the one-click exclusion.
 */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Text } from '@adobe/react-spectrum/Text';
import { metaName } from '../../core/settings/field';
import { FieldInput } from '../components/FieldInput';
import { useFormSelector, useFormStore } from '../components/formContext';
import type { InputProps } from '../components/fieldProps';
import { excludedNames, MAPPING_EXCLUDE, mappingOn } from './sections/mappingSection';

export function ActionField(props: InputProps) {
  const store = useFormStore();
  const declared = props.field.field;
  const fromEvent = declared?.fromEvent;
  const name = declared && metaName(declared);
  const blank = useFormSelector((s) => !s.values[props.field.id]?.text.trim());
  const on = useFormSelector((s) => mappingOn(s.values));
  const excluded = useFormSelector((s) => !!name && excludedNames(s.values).includes(name));
  if (!fromEvent || !name) return <FieldInput {...props} />;

  const toggle = () => {
    const names = excludedNames(store.getState().values);
    const next = excluded ? names.filter((n) => n !== name) : [...names, name];
    store.setText(MAPPING_EXCLUDE.id, next.join(', '));
  };
  const fills = !fromEvent.mapping || (on && !excluded);
  const note = fills ? `From the event when blank: ${fromEvent.describe}.` : excluded ? 'Not filled from the event (excluded).' : undefined;
  return (
    <Flex direction="column" gap="size-50">
      <FieldInput {...props} />
      {blank && (note || (fromEvent.mapping && on)) && (
        <Flex gap="size-100" alignItems="center" wrap>
          {note && <Text UNSAFE_className="field-help field-help--source">{note}</Text>}
          {fromEvent.mapping && on && (
            <ActionButton isQuiet onPress={toggle} aria-label={`${excluded ? 'Fill' : 'Do not fill'} ${props.field.spec.label} from the event`}>
              {excluded ? 'Fill from the event' : 'Leave blank'}
            </ActionButton>
          )}
        </Flex>
      )}
    </Flex>
  );
}
