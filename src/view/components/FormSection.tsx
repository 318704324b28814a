/** A titled part of a view, as in the Data Collection UI, with a link to Meta's page about it. */
import { Divider } from '@adobe/react-spectrum/Divider';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Link } from '@adobe/react-spectrum/Link';
import { useId, type ReactNode } from 'react';

export interface DocLink {
  href: string;
  /** What the page is about, after "Meta's docs:". */
  title: string;
}

export function FormSection({ title, docs, children }: { title: string; docs?: DocLink; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="form-section">
      <Flex alignItems="baseline" justifyContent="space-between" gap="size-200" wrap>
        <Heading level={2} id={id} margin={0}>
          {title}
        </Heading>
        {docs && (
          <Link href={docs.href} target="_blank" rel="noopener noreferrer" UNSAFE_className="doc-link">
            {`Meta's docs: ${docs.title}`}
          </Link>
        )}
      </Flex>
      <Divider size="S" marginTop="size-100" marginBottom="size-150" />
      <Flex direction="column" gap="size-200">
        {children}
      </Flex>
    </section>
  );
}
