/**
 * "Edge event (JSON)": where a marketer pastes an event to try the action on. Part of the form's
 * first load, but small: the samples, the parsing and the test bench itself are loaded on first
 * use. The text is view state: never part of the settings, kept for this browser tab only.
 */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import { Flex } from '@adobe/react-spectrum/Flex';
import { TextArea } from '@adobe/react-spectrum/TextArea';
import type { TextFieldRef } from '@adobe/react-spectrum/TextField';
import { useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { loadTestBench, type SampleMenuProps } from './loadTestBench';

const EVENT_KEY = 'meta-capi-forwarder.edgeEvent';

/** The event pasted earlier in this tab; storage may be off in the Data Collection UI's frame. */
export function rememberedEvent(): string {
  try {
    return sessionStorage.getItem(EVENT_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberEvent(text: string): void {
  try {
    if (text.trim()) sessionStorage.setItem(EVENT_KEY, text);
    else sessionStorage.removeItem(EVENT_KEY);
  } catch {
    // Not kept: the box starts empty next time.
  }
}

const HELP =
  'Paste an event from the Experience Platform Debugger or Assurance, or insert a sample, to run the action on ' +
  'it. Not saved.';

export function EdgeEventBox(props: { text: string; problem?: string; onChange: (text: string) => void }) {
  const { text, problem, onChange } = props;
  const box = useRef<TextFieldRef<HTMLTextAreaElement>>(null);
  const filled = !!text;
  useLayoutEffect(() => {
    // Without a height the TextArea grows by itself, by an inline height it keeps when given one: drop it.
    const input = box.current?.getInputElement();
    if (filled && input) input.style.height = '';
  }, [filled]);
  return (
    <div className="field-row field-row--wide">
      <TextArea
        label="Edge event (JSON)"
        description={HELP}
        value={text}
        onChange={onChange}
        onFocus={() => void loadTestBench()}
        validationState={problem ? 'invalid' : undefined}
        errorMessage={problem}
        width="100%"
        ref={box}
        // A line or two while empty; a pasted request is long: the box then scrolls rather than push the preview away.
        height={text ? 'size-3600' : undefined}
        UNSAFE_className="json-input"
        placeholder='e.g. {"events": [{"xdm": {"eventType": "commerce.purchases", ...}, "data": {...}}]}'
      />
      {/* Beside the box, level with it, like a field's data-element button. */}
      <Flex direction="column" gap="size-100" marginTop="size-300" flexShrink={0}>
        <SamplesButton onPick={onChange} />
        {text && (
          <ActionButton isQuiet onPress={() => onChange('')}>
            Clear the event
          </ActionButton>
        )}
      </Flex>
      <div aria-live="polite" className="visually-hidden">
        {problem ? `Edge event: ${problem}` : ''}
      </div>
    </div>
  );
}

const SAMPLES = 'Insert a sample event';

/**
 * Stands in for the samples menu until its code is loaded (on first press): the loaded menu
 * then opens in its place.
 */
function SamplesButton({ onPick }: { onPick: (text: string) => void }) {
  const [Menu, setMenu] = useState<{ component: ComponentType<SampleMenuProps> } | undefined>();
  if (Menu) return <Menu.component label={SAMPLES} onPick={onPick} defaultOpen />;
  return (
    <ActionButton
      aria-haspopup="menu"
      onFocus={() => void loadTestBench()}
      onPress={() => loadTestBench().then((m) => setMenu({ component: m.SampleMenu }))}
    >
      {SAMPLES}
    </ActionButton>
  );
}
