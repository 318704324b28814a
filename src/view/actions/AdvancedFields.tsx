/** Options most rules leave alone, each group collapsed unless it holds a value. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Collapsible } from '../components/Collapsible';
import { FormSection } from '../components/FormSection';
import type { FieldDef } from '../form/fieldDef';
import { ActionField } from './ActionField';
import { DOCS } from './docs';
import { MappedFieldsInput } from './MappedFieldsInput';
import { CONSENT } from './sections/consentSection';
import { MAPPING, MAPPING_ENABLED, MAPPING_EXCLUDE } from './sections/mappingSection';
import { OVERRIDE } from './sections/overrideSection';
import { APP_AND_MESSAGING } from './sections/serverEventSection';

const MAPPING_OPTIONS = MAPPING.filter((f) => f !== MAPPING_ENABLED);

const GROUPS: readonly { title: string; fields: readonly FieldDef[] }[] = [
  { title: 'XDM mapping options', fields: MAPPING_OPTIONS },
  { title: 'Consent', fields: CONSENT },
  { title: 'App and business messaging parameters', fields: APP_AND_MESSAGING },
  { title: 'Pixel ID and access token override', fields: OVERRIDE },
];

export function AdvancedFields() {
  return (
    <FormSection title="Advanced" docs={DOCS.advanced}>
      <div className="group-stack">
        {GROUPS.map((group) => (
          <Collapsible key={group.title} title={group.title} fields={group.fields}>
            <Flex direction="column" gap="size-200">
              {group.fields.map((f) =>
                f === MAPPING_EXCLUDE ? <MappedFieldsInput key={f.id} /> : <ActionField key={f.id} field={f} />,
              )}
            </Flex>
          </Collapsible>
        ))}
      </div>
    </FormSection>
  );
}
