/**
 * A titled part of a view, as in the Data Collection UI, with a link to Meta's page about it. A
 * section with many fields keeps their details (the help beyond its first sentence, the rules,
 * the XDM paths) behind one switch in its title row, rather than a button beside each field.
 */
import { Divider } from '@adobe/react-spectrum/Divider';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Link } from '@adobe/react-spectrum/Link';
import { Text } from '@adobe/react-spectrum/Text';
import { ToggleButton } from '@adobe/react-spectrum/ToggleButton';
import Info from '@spectrum-icons/workflow/Info';
import { useId, useState, type ReactNode } from 'react';
import { DetailsShown } from './fieldProps';

export interface DocLink {
  href: string;
  /** What the page is about, after "Meta's docs:". */
  title: string;
}

export function FormSection(props: { title: string; docs?: DocLink; details?: boolean; children: ReactNode }) {
  const { title, docs, details, children } = props;
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby={id} className="form-section">
      <Flex alignItems="baseline" gap="size-200" wrap>
        <Heading level={2} id={id} margin={0} flexGrow={1}>
          {title}
        </Heading>
        {details && (
          <ToggleButton isQuiet isSelected={shown} onChange={setShown} UNSAFE_className="details-switch">
            <Info />
            <Text>
              Field details<span className="visually-hidden">{` for ${title}`}</span>
            </Text>
          </ToggleButton>
        )}
        {docs && (
          <Link href={docs.href} target="_blank" rel="noopener noreferrer" UNSAFE_className="doc-link">
            {`Meta's docs: ${docs.title}`}
          </Link>
        )}
      </Flex>
      <Divider size="S" marginTop="size-100" marginBottom="size-150" />
      <Flex direction="column" gap="size-200">
        {details ? <DetailsShown.Provider value={shown}>{children}</DetailsShown.Provider> : children}
      </Flex>
    </section>
  );
}
