/**
 * The extension configuration: every configuration field, the ones with a built-in default
 * (base URL) under Advanced. All text fields, so only TextField is bundled.
 */
import { Link } from '@adobe/react-spectrum/Link';
import { Collapsible } from '../components/Collapsible';
import { FormSection } from '../components/FormSection';
import { TextInput } from '../components/TextInput';
import { ViewPage } from '../components/ViewPage';
import { DOCS } from '../actions/docs';
import { CONNECTION_FIELDS } from './connectionSection';

/** Routing through a proxy or a local server: rarely needed. */
const ADVANCED = CONNECTION_FIELDS.filter((f) => f.field!.sentAs.to === 'url' && f.field!.sentAs.part === 'origin');

export function ConfigurationForm() {
  return (
    <ViewPage
      title="Meta Conversions API"
      intro={
        <>
          Connects this property to your Meta pixel. In Meta Events Manager, open your pixel&apos;s Settings: copy its
          ID, and generate an access token under Conversions API. Every Send Conversions API Event action uses them
          unless it sets its own.{' '}
          <Link href={DOCS.gettingStarted.href} target="_blank" rel="noopener noreferrer">
            Meta&apos;s docs: Get started with the Conversions API
          </Link>
        </>
      }
    >
      <FormSection title="Pixel and access">
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
    </ViewPage>
  );
}
