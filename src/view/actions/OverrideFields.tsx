/** Another pixel for this action only; collapsed unless set. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Collapsible } from '../components/Collapsible';
import { FieldInput } from '../components/FieldInput';
import { OVERRIDE } from './sections/overrideSection';

export function OverrideFields() {
  return (
    <Collapsible title="Pixel ID and access token override" fields={OVERRIDE}>
      <Flex direction="column" gap="size-200">
        {OVERRIDE.map((f) => (
          <FieldInput key={f.id} field={f} />
        ))}
      </Flex>
    </Collapsible>
  );
}
