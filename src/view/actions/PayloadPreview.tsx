/** The Graph request body the current settings would produce (see buildPreview). */
import { Content } from '@adobe/react-spectrum/Content';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { InlineAlert } from '@adobe/react-spectrum/InlineAlert';
import { Text } from '@adobe/react-spectrum/Text';
import { Well } from '@adobe/react-spectrum/Well';
import { useMemo } from 'react';
import { SETTINGS_SECTIONS } from './actionSections';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { settingsOf } from '../form/formStore';
import { buildPreview } from '../preview/buildPreview';

export function PayloadPreview() {
  const values = useFormSelector((s) => s.values);
  const info = useFormSelector((s) => s.info);
  const preview = useMemo(
    () => buildPreview(info.extensionSettings, settingsOf(SETTINGS_SECTIONS, values, info.settings), Date.now()),
    [values, info],
  );
  return (
    <FormSection title="Payload preview">
      <Text>
        The request this action would send, built by the action&apos;s own code from the values above and the extension
        configuration. Data elements are shown by name and values taken from the Edge event by where they come from; the
        access token is never shown.
      </Text>
      {preview.problem && (
        <InlineAlert variant="negative">
          <Heading>Not sendable as set</Heading>
          <Content>{preview.problem.message}</Content>
        </InlineAlert>
      )}
      {preview.skipped && (
        <InlineAlert variant="info">
          <Heading>Not sent: {preview.skipped}</Heading>
          <Content>The consent gate stops this event as set; nothing would be sent to Meta.</Content>
        </InlineAlert>
      )}
      {preview.warnings.length > 0 && (
        <InlineAlert variant="notice">
          <Heading>Warnings</Heading>
          <Content>
            <Flex direction="column">
              {preview.warnings.map((w) => (
                <Text key={w}>{w}</Text>
              ))}
            </Flex>
          </Content>
        </InlineAlert>
      )}
      {preview.body && (
        <Well role="region" aria-label="Graph API request">
          <pre className="payload-preview">
            {`POST ${preview.url}\n\n${JSON.stringify(preview.body, null, 2)}`}
          </pre>
        </Well>
      )}
    </FormSection>
  );
}
