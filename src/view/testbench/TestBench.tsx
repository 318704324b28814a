/**
 * The test bench, loaded on first use: the action's own core run on a pasted Edge event with
 * the form's settings. It states the outcome first (would be sent, refused or skipped), then
 * the warnings, the match keys of the real values, every parameter sent with where it came
 * from, a test value for each data element, the request itself, and "Send test event".
 */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Item, Menu } from '@adobe/react-spectrum/Menu';
import { MenuTrigger } from '@adobe/react-spectrum/MenuTrigger';
import { Item as PickerItem, Picker } from '@adobe/react-spectrum/Picker';
import { Text } from '@adobe/react-spectrum/Text';
import { TextField } from '@adobe/react-spectrum/TextField';
import { useEffect, useMemo, useState } from 'react';
import { MatchQuality } from '../actions/MatchQuality';
import { buildPreview, pixelIdOf, type Preview } from '../preview/buildPreview';
import { testValueOf } from '../preview/previewInputs';
import { labelled } from '../preview/problemSummary';
import { RequestPanel } from '../preview/RequestPanel';
import { Warnings } from '../preview/Warnings';
import { dataElementsUsed } from './dataElements';
import { parsePastedEvent } from './edgeEvent';
import type { SampleMenuProps, TestBenchProps } from './loadTestBench';
import { SAMPLES } from './samples';
import { SendTestEvent } from './SendTestEvent';
import './testbench.css';
import { sentRows } from './sentRows';

const ABOUT =
  "Built by the action's own code from the pasted event, the values above and the extension configuration. " +
  'Data elements without a test value show by name; the access token never shows.';

export function SampleMenu({ label, onPick, defaultOpen }: SampleMenuProps) {
  return (
    <MenuTrigger defaultOpen={defaultOpen}>
      <ActionButton>{label}</ActionButton>
      <Menu
        aria-label="Sample events"
        // Opened in place of the button that loaded it: focus its first entry, as a keyboard opening does.
        {...(defaultOpen && { autoFocus: 'first' as const })}
        onAction={(key) => {
          const sample = SAMPLES.find((s) => s.id === key);
          if (sample) onPick(sample.text(Date.now()));
        }}
      >
        {SAMPLES.map((s) => (
          <Item key={s.id}>{s.label}</Item>
        ))}
      </Menu>
    </MenuTrigger>
  );
}

export function TestBench({ text, settings, extensionSettings, nowMs, onProblem }: TestBenchProps) {
  const [index, setIndex] = useState(0);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const pasted = useMemo(() => parsePastedEvent(text, index), [text, index]);
  const problem = 'problem' in pasted ? pasted.problem : undefined;
  useEffect(() => onProblem(problem), [problem, onProblem]);

  const testValues = useMemo(
    () => new Map(Object.entries(typed).flatMap(([token, t]) => (t.trim() ? [[token, testValueOf(t)]] : []))),
    [typed],
  );
  const event = 'event' in pasted ? pasted.event : undefined;
  const preview = useMemo(
    () => event && buildPreview(extensionSettings, settings, nowMs, { arc: event.arc, testValues }),
    [event, extensionSettings, settings, nowMs, testValues],
  );
  const elements = useMemo(() => dataElementsUsed(extensionSettings, settings), [extensionSettings, settings]);
  if (!event || !preview) return null;

  return (
    <Flex direction="column" gap="size-200">
      {event.count > 1 && (
        <Picker
          label="Event in the request"
          selectedKey={String(event.index)}
          onSelectionChange={(key) => setIndex(Number(key))}
          items={event.eventTypes.map((type, i) => ({ id: String(i), name: `${i + 1}: ${type ?? 'no eventType'}` }))}
        >
          {(item) => <PickerItem key={item.id}>{item.name}</PickerItem>}
        </Picker>
      )}
      {event.notes.map((note) => (
        <Text key={note} UNSAFE_className="field-help field-help--flush">
          {note}
        </Text>
      ))}
      <Outcome preview={preview} />
      <Warnings warnings={preview.warnings} />
      {preview.matchQuality && <MatchQuality estimate={preview.matchQuality} realEvent />}
      {preview.body && preview.built && (
        <SentTable rows={sentRows(preview.body, preview.built, settings, testValues)} />
      )}
      {elements.length > 0 && (
        <section aria-labelledby="test-values-title" className="test-values">
          <Heading level={3} id="test-values-title" margin={0}>
            Data elements
          </Heading>
          <Text UNSAFE_className="field-help field-help--flush">
            The form cannot resolve data elements. Give one a test value to see, and send, the request with it; those
            left blank stay marked by name. Test values are not saved.
          </Text>
          <div className="field-grid">
            {elements.map(({ token, usedIn }) => (
              <TextField
                key={token}
                label={`Test value for ${token}`}
                description={`Used in ${usedIn.join(', ')}. JSON for a list or a number.`}
                value={typed[token] ?? ''}
                onChange={(value) => setTyped((t) => ({ ...t, [token]: value }))}
                width="100%"
                autoComplete="off"
              />
            ))}
          </div>
        </section>
      )}
      {preview.body && preview.url && <RequestPanel url={preview.url} body={preview.body} about={ABOUT} />}
      {/* A refused or skipped event has nothing to send: the outcome line says why. */}
      {preview.request && <SendTestEvent preview={preview} settings={settings} testValues={testValues} />}
    </Flex>
  );
}

/** The one line that says what the action would do with this event. */
function Outcome({ preview }: { preview: Preview }) {
  const [kind, text] = preview.problem
    ? ['refused', `Would be refused: ${preview.problem.problems.map(labelled).join(' ')}`]
    : preview.skipped
      ? ['skipped', `Would be skipped: ${preview.skipped}`]
      : ['sent', `Would be sent: ${sentWhat(preview)}`];
  return (
    <div role="status" className={`outcome outcome--${kind}`}>
      {text}
    </div>
  );
}

function sentWhat(preview: Preview): string {
  const event = preview.built?.event;
  const pixel = pixelIdOf(preview.url);
  const id = event?.event_id ? ` (event ID ${event.event_id})` : '';
  return `${event?.event_name ?? 'the event'}${id}, to pixel ${pixel ?? '?'}.`;
}

function SentTable({ rows }: { rows: ReturnType<typeof sentRows> }) {
  return (
    <div className="sent-table-wrap">
      <table className="sent-table">
        <caption>What would be sent, and where each value comes from</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value sent</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.parameter}>
              <th scope="row">
                <code>{row.parameter}</code>
              </th>
              <td>
                <code>{row.value}</code>
              </td>
              <td>{row.from}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
