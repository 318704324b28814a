/**
 * The Graph request body the current settings would produce (see buildPreview), with the
 * match-quality estimate. Given an Edge event in "Edge event (JSON)", it becomes the test
 * bench (loaded on first use): the real request for that event, and "Send test event".
 */
import { Content } from '@adobe/react-spectrum/Content';
import { Heading } from '@adobe/react-spectrum/Heading';
import { InlineAlert } from '@adobe/react-spectrum/InlineAlert';
import { Text } from '@adobe/react-spectrum/Text';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { settingsOf } from '../form/formStore';
import { buildPreview } from '../preview/buildPreview';
import { problemSummary } from '../preview/problemSummary';
import { RequestPanel } from '../preview/RequestPanel';
import { Warnings } from '../preview/Warnings';
import { EdgeEventBox, rememberedEvent, rememberEvent } from '../testbench/EdgeEventBox';
import { loadTestBench } from '../testbench/loadTestBench';
import { SETTINGS_SECTIONS } from './actionSections';
import { DOCS } from './docs';
import { MatchQuality } from './MatchQuality';

const ABOUT =
  "Built by the action's own code from the values above and the extension configuration. Data elements show by name, " +
  'Edge event values by where they come from; the access token never shows.';

const TestBench = lazy(() => loadTestBench().then((m) => ({ default: m.TestBench })));

export function PayloadPreview() {
  const values = useFormSelector((s) => s.values);
  const info = useFormSelector((s) => s.info);
  const nowMs = useFormSelector((s) => s.nowMs);
  const settings = useMemo(() => settingsOf(SETTINGS_SECTIONS, values, info.settings), [values, info]);
  const [eventText, setEventText] = useState(rememberedEvent);
  const [pasteProblem, setPasteProblem] = useState<string>();
  const changeEvent = (text: string) => {
    setEventText(text);
    rememberEvent(text);
    if (!text.trim()) setPasteProblem(undefined);
  };
  const onProblem = useCallback((problem: string | undefined) => setPasteProblem(problem), []);
  const withEvent = !!eventText.trim();
  return (
    <FormSection title="Payload preview" docs={DOCS.preview}>
      <EdgeEventBox text={eventText} problem={pasteProblem} onChange={changeEvent} />
      {withEvent && (
        <Suspense fallback={<Text>Loading the test bench…</Text>}>
          <TestBench
            text={eventText}
            settings={settings}
            extensionSettings={info.extensionSettings}
            nowMs={nowMs}
            onProblem={onProblem}
          />
        </Suspense>
      )}
      {(!withEvent || pasteProblem) && <SettingsPreview settings={settings} />}
    </FormSection>
  );
}

/** The request the settings alone would give, the Edge event's values shown by where they come from. */
function SettingsPreview({ settings }: { settings: ReturnType<typeof settingsOf> }) {
  const values = useFormSelector((s) => s.values);
  const info = useFormSelector((s) => s.info);
  const nowMs = useFormSelector((s) => s.nowMs);
  const validated = useFormSelector((s) => s.validated);
  const preview = useMemo(
    () => buildPreview(info.extensionSettings, settings, nowMs),
    [info.extensionSettings, settings, nowMs],
  );
  const problem = preview.problem && problemSummary(preview.problem, values, validated);
  return (
    <>
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
      <Warnings warnings={preview.warnings} />
      {preview.matchQuality && (
        <MatchQuality estimate={preview.matchQuality} realEvent={false} withoutEvent={preview.ratingWithoutEvent} />
      )}
      {preview.body && <RequestPanel url={preview.url!} body={preview.body} about={ABOUT} />}
    </>
  );
}
