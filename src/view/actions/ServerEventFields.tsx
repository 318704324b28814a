/** Server Event Parameters, with Limited Data Use and the app / business-messaging parameters. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Collapsible } from '../components/Collapsible';
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { LIMITED_DATA_USE as L } from './sections/limitedDataUseSection';
import { SERVER_EVENT as S } from './sections/serverEventSection';

export function ServerEventFields() {
  return (
    <FormSection title="Server Event Parameters">
      <FieldInput field={S.event_name} />
      <FieldInput field={S.event_time} />
      <FieldInput field={S.action_source} />
      <FieldInput field={S.event_source_url} />
      <FieldInput field={S.event_id} />
      <FieldInput field={S.referrer_url} />
      <FieldInput field={S.opt_out} />
      <LimitedDataUseFields />
      <Collapsible title="App and business messaging parameters" fields={[S.messaging_channel, S.app_data, S.original_event_data]}>
        <Flex direction="column" gap="size-200">
          <FieldInput field={S.messaging_channel} />
          <FieldInput field={S.app_data} />
          <FieldInput field={S.original_event_data} />
        </Flex>
      </Collapsible>
    </FormSection>
  );
}

function LimitedDataUseFields() {
  // Country and state matter only with LDU on (or a data element deciding it, or values kept).
  const shown = useFormSelector((s) =>
    [L.enabled, L.country, L.state].some((f) => {
      const text = s.values[f.id]?.text.trim() ?? '';
      return f === L.enabled ? text !== '' && text.toLowerCase() !== 'false' : text !== '';
    }),
  );
  return (
    <Flex direction="column" gap="size-100">
      <FieldInput field={L.enabled} />
      {shown && (
        <Flex gap="size-200" wrap marginStart="size-300">
          <FieldInput field={L.country} width="size-2400" />
          <FieldInput field={L.state} width="size-2400" />
        </Flex>
      )}
    </Flex>
  );
}
