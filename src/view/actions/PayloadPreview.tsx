/**
 * The Graph request body the current settings would produce (see buildPreview), with the
 * match-quality estimate. The request itself opens on request, and stays open across reloads.
 */
import { Disclosure, DisclosurePanel, DisclosureTitle } from '@adobe/react-spectrum/Accordion';
import { Content } from '@adobe/react-spectrum/Content';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { InlineAlert } from '@adobe/react-spectrum/InlineAlert';
import { Text } from '@adobe/react-spectrum/Text';
import { Well } from '@adobe/react-spectrum/Well';
import { useMemo, useState } from 'react';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { settingsOf } from '../form/formStore';
import { buildPreview } from '../preview/buildPreview';
import { problemSummary } from '../preview/problemSummary';
import { SETTINGS_SECTIONS } from './actionSections';
import { DOCS } from './docs';
import { MatchQuality } from './MatchQuality';

const ABOUT =
  "Built by the action's own code from the values above and the extension configuration. Data elements show by name, " +
  'Edge event values by where they come from; the access token never shows.';

const OPEN_KEY = 'meta-capi-forwarder.previewOpen';

/** Storage may be off in the Data Collection UI's frame: then the preview starts closed every time. */
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

export function PayloadPreview() {
  const values = useFormSelector((s) => s.values);
  const info = useFormSelector((s) => s.info);
  const nowMs = useFormSelector((s) => s.nowMs);
  const validated = useFormSelector((s) => s.validated);
  const preview = useMemo(
    () => buildPreview(info.extensionSettings, settingsOf(SETTINGS_SECTIONS, values, info.settings), nowMs),
    [values, info, nowMs],
  );
  const [open, setOpen] = useState(remembered);
  const toggle = (next: boolean) => {
    setOpen(next);
    remember(next);
  };
  const problem = preview.problem && problemSummary(preview.problem, values, validated);
  return (
    <FormSection title="Payload preview" docs={DOCS.preview}>
      {problem && (
        <InlineAlert variant={problem.calm ? 'info' : 'negative'}>
          <Heading level={3}>{problem.heading}</Heading>
          <Content>{problem.text}</Content>
        </InlineAlert>
      )}
      {preview.skipped && (
        <InlineAlert variant="info">
          <Heading level={3}>Not sent: {preview.skipped}</Heading>
          <Content>The consent gate stops this event as set; nothing would be sent to Meta.</Content>
        </InlineAlert>
      )}
      {preview.warnings.length > 0 && (
        <InlineAlert variant="notice">
          <Heading level={3}>Warnings</Heading>
          <Content>
            <Flex direction="column">
              {preview.warnings.map((w) => (
                <Text key={w}>{w}</Text>
              ))}
            </Flex>
          </Content>
        </InlineAlert>
      )}
      {preview.matchQuality && <MatchQuality estimate={preview.matchQuality} realEvent={preview.realEvent} />}
      {preview.body && (
        <Disclosure isExpanded={open} onExpandedChange={toggle} isQuiet UNSAFE_className="group">
          <DisclosureTitle level={3}>Graph API request</DisclosureTitle>
          <DisclosurePanel>
            {open && <Text>{ABOUT}</Text>}
            {open && (
              <Well role="region" aria-label="Graph API request" marginTop="size-100">
                <pre className="payload-preview">{requestText(preview.url!, preview.body)}</pre>
              </Well>
            )}
          </DisclosurePanel>
        </Disclosure>
      )}
    </FormSection>
  );
}
