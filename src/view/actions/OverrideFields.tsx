/** Another pixel for this action only; collapsed unless set. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Collapsible } from '../components/Collapsible';
import { FieldInput } from '../components/FieldInput';
import { OVERRIDE } from './sections/overrideSection';

export function OverrideFields() {
  return (
    <Collapsible title="Pixel ID and access token override" fields={[OVERRIDE.pixelId, OVERRIDE.accessToken]}>
      <Flex direction="column" gap="size-200">
        <FieldInput field={OVERRIDE.pixelId} />
        <FieldInput field={OVERRIDE.accessToken} />
      </Flex>
    </Collapsible>
  );
}
