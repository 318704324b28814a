/**
 * The extension configuration: every configuration field, the ones with a built-in default
 * (base URL) under Advanced. All text fields, so only TextField is bundled.
 */
import { Collapsible } from '../components/Collapsible';
import { FormSection } from '../components/FormSection';
import { TextInput } from '../components/TextInput';
import { ViewPage } from '../components/ViewPage';
import { DOCS } from '../actions/docs';
import { CheckConnection } from './CheckConnection';
import { CONNECTION_FIELDS } from './connectionSection';

/** Routing through a proxy or a local server: rarely needed. */
const ADVANCED = CONNECTION_FIELDS.filter((f) => f.field!.sentAs.to === 'url' && f.field!.sentAs.part === 'origin');

const INTRO =
  "Connects this property to your Meta pixel. In Meta Events Manager > Data sources, copy your pixel's ID, and " +
  'generate an access token in its Settings under Conversions API. Every Send Conversions API Event action uses ' +
  'them unless it sets its own.';

export function ConfigurationForm() {
  return (
    <ViewPage title="Meta Conversions API" intro={INTRO}>
      <FormSection title="Pixel and access" docs={DOCS.gettingStarted}>
        {CONNECTION_FIELDS.filter((f) => !ADVANCED.includes(f)).map((f) => (
          <TextInput key={f.id} field={f} />
        ))}
        <Collapsible title="Advanced" fields={ADVANCED}>
          <div className="field-stack">
            {ADVANCED.map((f) => (
              <TextInput key={f.id} field={f} />
            ))}
          </div>
        </Collapsible>
      </FormSection>
      <CheckConnection />
    </ViewPage>
  );
}
