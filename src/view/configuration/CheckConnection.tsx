/**
 * "Check connection": a token typed for the test, and a button that asks Meta about the pixel
 * set above. The checking code and its result are loaded on first use. The token is kept in
 * memory only (see useSecret) and never saved with the configuration.
 */
import { Button } from '@adobe/react-spectrum/Button';
import { Text } from '@adobe/react-spectrum/Text';
import { TextField } from '@adobe/react-spectrum/TextField';
import { useState, type ComponentType } from 'react';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { settingsOf } from '../form/formStore';
import type { ConnectionResult } from '../testbench/connection';
import { useSecret } from '../testbench/useSecret';
import { connectionSection } from './connectionSection';

type Shown = { View: ComponentType<{ result: ConnectionResult }>; result: ConnectionResult };

export function CheckConnection() {
  const values = useFormSelector((s) => s.values);
  const stored = useFormSelector((s) => s.info.settings);
  const { field: tokenField, onChange: onTokenChange, read: readToken } = useSecret();
  const [missing, setMissing] = useState(false);
  const [checking, setChecking] = useState(false);
  const [shown, setShown] = useState<Shown>();

  const check = async () => {
    setMissing(!readToken());
    if (!readToken()) return setShown(undefined);
    setChecking(true);
    setShown(undefined);
    try {
      const m = await import('../testbench/ConnectionResult');
      const settings = settingsOf([connectionSection], values, stored);
      setShown({ View: m.ConnectionResult, result: await m.checkConnection({ settings, token: readToken() }) });
    } finally {
      setChecking(false);
    }
  };

  return (
    <FormSection title="Connection test">
      <Text>
        Asks Meta whether an access token can use the pixel above. The token in the configuration is usually a Secret
        data element, which this page cannot read: type one for the test. It is kept in this page&apos;s memory only,
        never saved or stored, and is gone when the view closes.
      </Text>
      <div className="field-row">
        <TextField
          ref={tokenField}
          label="Access token for this test"
          type="password"
          autoComplete="off"
          onChange={onTokenChange}
          validationState={missing ? 'invalid' : undefined}
          errorMessage={missing ? 'Enter an access token to check the connection with.' : undefined}
          description="From Events Manager > your pixel > Settings > Conversions API."
          width="100%"
        />
      </div>
      <div>
        <Button variant="secondary" onPress={check} isPending={checking}>
          Check connection
        </Button>
      </div>
      <div aria-live="polite">
        {missing && (
          <p role="alert" className="visually-hidden">
            Enter an access token to check the connection with.
          </p>
        )}
        {checking && <Text>Asking Meta about the pixel…</Text>}
        {shown && <shown.View result={shown.result} />}
      </div>
    </FormSection>
  );
}
