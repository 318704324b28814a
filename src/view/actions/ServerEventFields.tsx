/** Server Event Parameters, with the XDM mapping, Limited Data Use, consent and the app / messaging parameters. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { LIMITED_DATA_USE_FIELDS as L } from '../../core/settings/actionFields';
import { Collapsible } from '../components/Collapsible';
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { ActionField } from './ActionField';
import { CONSENT } from './sections/consentSection';
import { LIMITED_DATA_USE } from './sections/limitedDataUseSection';
import { MAPPING, MAPPING_ENABLED } from './sections/mappingSection';
import { APP_AND_MESSAGING, SERVER_EVENT } from './sections/serverEventSection';

const MAPPING_OPTIONS = MAPPING.filter((f) => f !== MAPPING_ENABLED);

export function ServerEventFields() {
  return (
    <FormSection title="Server Event Parameters">
      <FieldInput field={MAPPING_ENABLED} />
      <Collapsible title="XDM mapping options" fields={MAPPING_OPTIONS}>
        <Flex direction="column" gap="size-200">
          {MAPPING_OPTIONS.map((f) => (
            <FieldInput key={f.id} field={f} />
          ))}
        </Flex>
      </Collapsible>
      {SERVER_EVENT.map((f) => (
        <ActionField key={f.id} field={f} />
      ))}
      <LimitedDataUseFields />
      <Collapsible title="Consent" fields={CONSENT}>
        <Flex direction="column" gap="size-200">
          {CONSENT.map((f) => (
            <FieldInput key={f.id} field={f} />
          ))}
        </Flex>
      </Collapsible>
      <Collapsible title="App and business messaging parameters" fields={APP_AND_MESSAGING}>
        <Flex direction="column" gap="size-200">
          {APP_AND_MESSAGING.map((f) => (
            <FieldInput key={f.id} field={f} />
          ))}
        </Flex>
      </Collapsible>
    </FormSection>
  );
}

function LimitedDataUseFields() {
  const [enabled, ...rest] = LIMITED_DATA_USE;
  // Country and state matter only with LDU on (or a data element deciding it, or values kept).
  const shown = useFormSelector((s) =>
    LIMITED_DATA_USE.some((f) => {
      const text = s.values[f.id]?.text.trim() ?? '';
      return f.id === L.enabled.id ? text !== '' && text.toLowerCase() !== 'false' : text !== '';
    }),
  );
  return (
    <Flex direction="column" gap="size-100">
      <FieldInput field={enabled} />
      {shown && (
        <Flex gap="size-200" wrap marginStart="size-300">
          {rest.map((f) => (
            <FieldInput key={f.id} field={f} width="size-2400" />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
