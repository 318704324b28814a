/** Custom Data: the keys most events need as fields, and a JSON box for any others. */
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { ActionField } from './ActionField';
import { DOCS } from './docs';
import { CUSTOM_DATA, CUSTOM_DATA_FIELDS } from './sections/customDataSection';

export function CustomDataFields() {
  return (
    <FormSection title="Custom Data" docs={DOCS.customData} details>
      <div className="field-grid">
        {CUSTOM_DATA_FIELDS.map((f) => (
          <ActionField key={f.id} field={f} />
        ))}
      </div>
      <FieldInput field={CUSTOM_DATA} />
    </FormSection>
  );
}
