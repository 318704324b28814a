/**
 * "Send test event": posts the previewed request to Meta as a test event, from the browser, and
 * says what Meta answered. The token typed for the test lives in this component's memory only:
 * never in the settings, the browser's storage or a message, and gone when the view closes.
 * The field is left uncontrolled, so the token is never written into the page's markup either.
 */
import { Button } from '@adobe/react-spectrum/Button';
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Text } from '@adobe/react-spectrum/Text';
import { TextField } from '@adobe/react-spectrum/TextField';
import { useState } from 'react';
import { TEST_EVENT_FIELDS } from '../../core/settings/actionFields';
import { holdsToken } from '../../core/values';
import type { Settings } from '../bridge/types';
import { pixelIdOf, type Preview } from '../preview/buildPreview';
import { withTestValues } from '../preview/previewInputs';
import { describeFailure } from './metaAnswer';
import { sendTestEvent, type TestAnswer } from './testSend';
import { useSecret } from './useSecret';

type Status =
  | { kind: 'idle' }
  /** Fields to fill first: shown under them, announced here. */
  | { kind: 'incomplete'; text: string }
  | { kind: 'blocked'; text: string }
  | { kind: 'sending' }
  | { kind: 'answer'; answer: TestAnswer; code: string };

/** `preview`: one the action would send (it has a request). */
export function SendTestEvent(props: {
  preview: Preview;
  settings: Settings;
  testValues: ReadonlyMap<string, unknown>;
}) {
  const { preview } = props;
  const request = preview.request!;
  const pixelId = pixelIdOf(request.url);
  const { field: tokenField, onChange: onTokenChange, read: readToken } = useSecret();
  // The action's own code until one is typed here.
  const [typedCode, setCode] = useState<string>();
  const code = typedCode ?? actionCode(props.settings, props.testValues);
  const [errors, setErrors] = useState<{ token?: string; code?: string }>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const send = async () => {
    const blocked = whyNotSendable(preview);
    if (blocked) return setStatus({ kind: 'blocked', text: blocked });
    const problems = {
      token: readToken() ? undefined : 'Enter an access token for this test.',
      code: code.trim() ? undefined : 'Enter the test event code from Meta Events Manager > Test events.',
    };
    setErrors(problems);
    if (problems.token || problems.code)
      return setStatus({ kind: 'incomplete', text: [problems.token, problems.code].filter(Boolean).join(' ') });
    setStatus({ kind: 'sending' });
    const answer = await sendTestEvent(request, code.trim(), readToken());
    setStatus({ kind: 'answer', answer, code: code.trim() });
  };

  return (
    <section aria-labelledby="send-test-title" className="send-test">
      <Heading level={3} id="send-test-title" margin={0}>
        Send a test event to Meta
      </Heading>
      <Text UNSAFE_className="field-help field-help--flush">
        Posts the request above to Meta with a test event code, so it shows in Events Manager &gt; Test events. Meta
        processes test events like others; a pasted event keeps its event ID, so Meta counts it once. The action&apos;s
        access token is usually a Secret data element, which the form cannot read: type one for this test. It is kept in
        this page&apos;s memory only, never saved or stored, and is gone when the view closes.
      </Text>
      <div className="field-grid">
        <TextField
          ref={tokenField}
          label="Access token for this test"
          type="password"
          autoComplete="off"
          isRequired
          necessityIndicator="label"
          onChange={onTokenChange}
          validationState={errors.token ? 'invalid' : undefined}
          errorMessage={errors.token}
          description="From Events Manager > your pixel > Settings > Conversions API."
          width="100%"
        />
        <TextField
          label="Test code for this test"
          value={code}
          onChange={setCode}
          isRequired
          necessityIndicator="label"
          autoComplete="off"
          validationState={errors.code ? 'invalid' : undefined}
          errorMessage={errors.code}
          description="Events Manager > your pixel > Test events shows it. The action's own code is filled in."
          width="100%"
        />
      </div>
      <Flex gap="size-200" alignItems="center" wrap>
        <Button variant="primary" onPress={send} isPending={status.kind === 'sending'}>
          Send test event
        </Button>
      </Flex>
      <div aria-live="polite" className="send-result">
        {status.kind === 'sending' && <Text>Sending the test event to Meta…</Text>}
        {status.kind === 'incomplete' && (
          <p role="alert" className="visually-hidden">
            {status.text}
          </p>
        )}
        {status.kind === 'blocked' && <p role="alert">{status.text}</p>}
        {status.kind === 'answer' && <AnswerText status={status} pixelId={pixelId} />}
      </div>
    </section>
  );
}

/** Meta's answer, whose texts sendTestEvent has already cleared of the token. */
function AnswerText(props: { status: Extract<Status, { kind: 'answer' }>; pixelId?: string }) {
  const { status } = props;
  const { answer, code } = status;
  const where =
    `In Meta Events Manager, open your pixel and select Test events: the event shows there within seconds ` +
    `under test code ${code}, as a server event, with the parameters Meta received.`;
  if (answer.ok) {
    const { events_received: received, fbtrace_id: trace, messages } = answer.success;
    return (
      <div className="meta-answer meta-answer--ok">
        <p>
          <strong>Meta received the test event</strong>: events_received {received}
          {trace ? `, fbtrace_id ${trace}` : ''}.
        </p>
        {messages.length > 0 && <MetaMessages messages={messages} />}
        <p>{where}</p>
      </div>
    );
  }
  const words = describeFailure(answer.failure, props.pixelId);
  return (
    <div className="meta-answer meta-answer--error" role="alert">
      <p>
        <strong>The test event was not accepted.</strong> {words.summary}
      </p>
      <p>What to do: {words.fix}</p>
      {answer.failure.fbtraceId && <p>fbtrace_id {answer.failure.fbtraceId} (for Meta support, who need it soon).</p>}
      {answer.failure.messages && <MetaMessages messages={answer.failure.messages} />}
    </div>
  );
}

function MetaMessages({ messages }: { messages: unknown[] }) {
  return (
    <>
      <p>Meta&apos;s messages:</p>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{typeof m === 'string' ? m : JSON.stringify(m)}</li>
        ))}
      </ul>
    </>
  );
}

/** Why the previewed request cannot be sent as it is, if it cannot. */
function whyNotSendable(preview: Preview): string | undefined {
  const { unresolved, missingConfiguration: missing } = preview;
  if (missing.length) return `Set ${missing.join(' and ')} in the extension configuration first: the test needs it.`;
  if (unresolved.length)
    return (
      `Give ${unresolved.join(', ')} a test value under Data elements first: ` +
      'the request cannot be sent with a value the form cannot resolve.'
    );
  return undefined;
}

/** The action's own test event code, when the form can tell it (typed, or a data element with a test value). */
function actionCode(settings: Settings, testValues: ReadonlyMap<string, unknown>): string {
  const code = withTestValues(settings[TEST_EVENT_FIELDS.testEventCode.path[0]], testValues);
  return typeof code === 'string' && !holdsToken(code) ? code.trim() : '';
}
