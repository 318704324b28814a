/**
 * The extension configuration: every configuration field, the ones with a built-in default
 * (base URL) under Advanced. All text fields, so only TextField is bundled.
 */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Collapsible } from '../components/Collapsible';
import { TextInput } from '../components/TextInput';
import { CONNECTION_FIELDS } from './connectionSection';

/** Routing through a proxy or a local server: rarely needed. */
const ADVANCED = CONNECTION_FIELDS.filter((f) => f.field!.sentAs.to === 'url' && f.field!.sentAs.part === 'origin');

export function ConfigurationForm() {
  return (
    <Flex direction="column" gap="size-200" margin="size-200">
      {CONNECTION_FIELDS.filter((f) => !ADVANCED.includes(f)).map((f) => (
        <TextInput key={f.id} field={f} />
      ))}
      <Collapsible title="Advanced" fields={ADVANCED}>
        <Flex direction="column" gap="size-200">
          {ADVANCED.map((f) => (
            <TextInput key={f.id} field={f} />
          ))}
        </Flex>
      </Collapsible>
    </Flex>
  );
}
