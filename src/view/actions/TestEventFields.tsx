/** Test Event: the box, and the code it requires. */
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { TEST_EVENT } from './sections/testEventSection';

export function TestEventFields() {
  const on = useFormSelector((s) => s.values[TEST_EVENT.enabled.id]?.text === 'true');
  return (
    <FormSection title="Test Event">
      <FieldInput field={TEST_EVENT.enabled} />
      {on && <FieldInput field={TEST_EVENT.code} />}
    </FormSection>
  );
}
