/**
 * The parameters the XDM mapping fills, in one list with a box each: an unticked one is left
 * alone (`xdmMapping.exclude`, Meta's names). One list, rather than a switch beside every field,
 * keeps the form short and its tab stops few. A data element, or names the list does not know,
 * show as text with a way back to the list.
 */
import { Checkbox } from '@adobe/react-spectrum/Checkbox';
import { CheckboxGroup } from '@adobe/react-spectrum/CheckboxGroup';
import { Flex } from '@adobe/react-spectrum/Flex';
import { ACTION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import { metaName } from '../../core/settings/field';
import { MAPPABLE_NAMES, namesIn } from '../../core/settings/mappingFields';
import { holdsToken } from '../../core/values';
import { BackToControl } from '../components/BackToControl';
import { useFormSelector, useField } from '../components/formContext';
import { TextInput } from '../components/TextInput';
import { MAPPING_EXCLUDE, mappingOn } from './sections/mappingSection';

/** Meta's name of every parameter the mapping may fill, in declaration order, with its label ("Email (em)"). */
const MAPPED = ACTION_FORM_FIELD_LIST.flatMap((f) => {
  const name = metaName(f)!;
  return f.fromEvent?.mapping
    ? [{ name, label: f.label.toLowerCase() === name ? f.label : `${f.label} (${name})` }]
    : [];
});

const HELP = 'Untick a parameter to leave it to its field alone: blank, it is then not sent.';
const OFF = 'The mapping is off (Server Event Parameters): none of these is filled from the event.';

export function MappedFieldsInput() {
  const { text, error, setText } = useField(MAPPING_EXCLUDE);
  const on = useFormSelector((s) => mappingOn(s.values));
  const excluded = namesIn(text);
  if (holdsToken(text) || excluded.some((name) => !MAPPABLE_NAMES.includes(name))) {
    return (
      <Flex direction="column" gap="size-100">
        <TextInput field={MAPPING_EXCLUDE} />
        <BackToControl
          text="Choose from the list instead"
          label={MAPPING_EXCLUDE.spec.label}
          onPress={() => setText(excluded.filter((name) => MAPPABLE_NAMES.includes(name)).join(', '))}
        />
      </Flex>
    );
  }
  return (
    <div data-field-id={MAPPING_EXCLUDE.id}>
      <CheckboxGroup
        label="Filled from the event when blank"
        orientation="horizontal"
        value={MAPPABLE_NAMES.filter((name) => !excluded.includes(name))}
        onChange={(filled) => setText(MAPPABLE_NAMES.filter((name) => !filled.includes(name)).join(', '))}
        description={on ? HELP : OFF}
        validationState={error ? 'invalid' : undefined}
        errorMessage={error}
        UNSAFE_className="mapped-fields"
      >
        {MAPPED.map(({ name, label }) => (
          <Checkbox key={name} value={name}>
            {label}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </div>
  );
}
