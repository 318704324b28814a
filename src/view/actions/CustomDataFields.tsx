/** Custom Data: one JSON object, checked as it is typed. */
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { CUSTOM_DATA } from './sections/customDataSection';

export function CustomDataFields() {
  return (
    <FormSection title="Custom Data">
      <FieldInput field={CUSTOM_DATA} />
    </FormSection>
  );
}
