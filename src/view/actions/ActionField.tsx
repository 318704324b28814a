/**
 * An action field with a note while it is blank: where its value will come from (an Edge
 * default, or the XDM mapping, in a few words; the path with the section's details), or what a
 * blank does. Which mapped fields the mapping leaves alone is chosen in one list, under
 * Advanced (see MappedFieldsInput), not beside each field.
 */
import { useContext } from 'react';
import { FieldInput } from '../components/FieldInput';
import { DetailsShown, type InputProps } from '../components/fieldProps';
import { useFormSelector } from '../components/formContext';
import { eventNote, LEFT_ALONE_NOTE, unsetWords } from '../form/texts';
import { filledFromEvent, mappingOn } from './sections/mappingSection';

export function ActionField(props: InputProps) {
  const { spec, field: declared } = props.field;
  const fromEvent = declared?.fromEvent;
  const details = useContext(DetailsShown);
  const blank = useFormSelector((s) => !s.values[props.field.id]?.text.trim());
  const filled = useFormSelector((s) => filledFromEvent(props.field, s.values));
  const leftAlone = useFormSelector((s) => !!fromEvent?.mapping && mappingOn(s.values)) && !filled;
  let note: string | undefined;
  if (blank && filled) note = eventNote(fromEvent!, details);
  else if (blank && leftAlone) note = LEFT_ALONE_NOTE;
  // A picker says it in its own "Not set" entry.
  else if (blank && spec.whenUnset && spec.kind !== 'choice') note = unsetWords(spec);
  return <FieldInput {...props} note={note} filledWhenBlank={filled} />;
}
