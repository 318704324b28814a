/**
 * The extension configuration: pixel, access token, Graph API version, app secret; base URL under
 * Advanced. All text fields, so only TextField is bundled (no pickers or combo boxes).
 */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Collapsible } from '../components/Collapsible';
import { TextInput } from '../components/TextInput';
import { CONNECTION_FIELDS as F } from './connectionSection';

export function ConfigurationForm() {
  return (
    <Flex direction="column" gap="size-200" margin="size-200">
      <TextInput field={F.pixelId} />
      <TextInput field={F.accessToken} />
      <TextInput field={F.graphApiVersion} />
      <TextInput field={F.appSecret} />
      <Collapsible title="Advanced" fields={[F.graphApiBaseUrl]}>
        <TextInput field={F.graphApiBaseUrl} />
      </Collapsible>
    </Flex>
  );
}
