/**
 * An action field with its event default: while blank, it says where the value will come from
 * (an Edge default, or the XDM mapping), and a mapped field offers the one-click exclusion.
 */
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
  const note = fills
    ? `From the event when blank: ${fromEvent.describe}.`
    : excluded
      ? 'Not filled from the event (excluded).'
      : undefined;
  return (
    <Flex direction="column">
      <FieldInput {...props} />
      {blank && (note || (fromEvent.mapping && on)) && (
        <Text UNSAFE_className="field-help field-help--source">
          {note}
          {fromEvent.mapping && on && (
            // A small text button: the note stays one line where it fits.
            <button type="button" className="inline-action" onClick={toggle}>
              {excluded ? 'Fill ' : 'Do not fill '}
              <span className="visually-hidden">{`${props.field.spec.label} `}</span>
              from the event
            </button>
          )}
        </Text>
      )}
    </Flex>
  );
}
