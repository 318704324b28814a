/** The Graph request as the action would post it, opened on request; whether it is open is remembered. */
import { Disclosure, DisclosurePanel, DisclosureTitle } from '@adobe/react-spectrum/Accordion';
import { Text } from '@adobe/react-spectrum/Text';
import { Well } from '@adobe/react-spectrum/Well';
import { useState } from 'react';

const OPEN_KEY = 'meta-capi-forwarder.previewOpen';

/** Storage may be off in the Data Collection UI's frame: then the request starts closed every time. */
function remembered(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'true';
  } catch {
    return false;
  }
}

function remember(open: boolean): void {
  try {
    localStorage.setItem(OPEN_KEY, String(open));
  } catch {
    // Not kept: nothing else depends on it.
  }
}

const requestText = (url: string, body: unknown) => `POST ${url}\n\n${JSON.stringify(body, null, 2)}`;

export function RequestPanel({ url, body, about }: { url: string; body: unknown; about: string }) {
  const [open, setOpen] = useState(remembered);
  const toggle = (next: boolean) => {
    setOpen(next);
    remember(next);
  };
  return (
    <Disclosure isExpanded={open} onExpandedChange={toggle} isQuiet UNSAFE_className="group">
      <DisclosureTitle level={3}>Graph API request</DisclosureTitle>
      <DisclosurePanel>
        {open && <Text>{about}</Text>}
        {open && (
          <Well role="region" aria-label="Graph API request" marginTop="size-100">
            <pre className="payload-preview">{requestText(url, body)}</pre>
          </Well>
        )}
      </DisclosurePanel>
    </Disclosure>
  );
}
