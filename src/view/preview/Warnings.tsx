/** What the action would log as warnings for the event as previewed. */
import { Content } from '@adobe/react-spectrum/Content';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { InlineAlert } from '@adobe/react-spectrum/InlineAlert';
import { Text } from '@adobe/react-spectrum/Text';

export function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (!warnings.length) return null;
  return (
    <InlineAlert variant="notice">
      <Heading level={3}>Warnings</Heading>
      <Content>
        <Flex direction="column">
          {warnings.map((w) => (
            <Text key={w}>{w}</Text>
          ))}
        </Flex>
      </Content>
    </InlineAlert>
  );
}
