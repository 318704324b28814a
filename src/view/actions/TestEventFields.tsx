/** Test Event: the box, and the code it then requires. */
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { DOCS } from './docs';
import { sendsAsTest, TEST_EVENT } from './sections/testEventSection';

export function TestEventFields() {
  const on = useFormSelector((s) => sendsAsTest(s.values));
  return (
    <FormSection title="Test Event" docs={DOCS.testEvents}>
      <FieldInput field={TEST_EVENT.enabled} />
      {on && <FieldInput field={TEST_EVENT.code} />}
    </FormSection>
  );
}
