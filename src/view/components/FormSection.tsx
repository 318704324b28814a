/** A titled part of a view, as in the Data Collection UI. */
import { Divider } from '@adobe/react-spectrum/Divider';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import type { ReactNode } from 'react';

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Heading level={2} marginBottom="size-100">
        {title}
      </Heading>
      <Divider size="S" marginBottom="size-200" />
      <Flex direction="column" gap="size-200">
        {children}
      </Flex>
    </section>
  );
}
