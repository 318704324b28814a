/** Server Event Parameters, with the XDM mapping switch and Limited Data Use. */
import { LIMITED_DATA_USE_FIELDS as L } from '../../core/settings/actionFields';
import { SERVER_EVENT_FIELDS } from '../../core/settings/serverEventFields';
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { ActionField } from './ActionField';
import { DOCS } from './docs';
import { LIMITED_DATA_USE } from './sections/limitedDataUseSection';
import { MAPPING_ENABLED } from './sections/mappingSection';
import { fieldById } from './sections/declared';
import { SERVER_EVENT } from './sections/serverEventSection';

const CHECKBOXES = SERVER_EVENT.filter((f) => f.spec.kind === 'boolean');
/** The event source URL takes two columns: URLs holding data elements are long. */
const WIDE = fieldById(SERVER_EVENT_FIELDS.event_source_url.id);
const FIELDS = SERVER_EVENT.filter((f) => f.spec.kind !== 'boolean' && f !== WIDE);
FIELDS.splice(Math.min(FIELDS.length, 4), 0, WIDE);

export function ServerEventFields() {
  return (
    <FormSection title="Server Event Parameters" docs={DOCS.serverEvent}>
      <FieldInput field={MAPPING_ENABLED} />
      <div className="field-grid">
        {FIELDS.map((f) =>
          f === WIDE ? (
            <div key={f.id} className="field-grid-wide">
              <ActionField field={f} />
            </div>
          ) : (
            <ActionField key={f.id} field={f} />
          ),
        )}
        {CHECKBOXES.map((f) => (
          <ActionField key={f.id} field={f} />
        ))}
        <LimitedDataUseFields />
      </div>
    </FormSection>
  );
}

function LimitedDataUseFields() {
  const [enabled, ...rest] = LIMITED_DATA_USE;
  // Country and state matter only with LDU on (or a data element deciding it, or values kept).
  const shown = useFormSelector((s) =>
    LIMITED_DATA_USE.some((f) => {
      const text = s.values[f.id]?.text.trim() ?? '';
      return f.id === L.enabled.id ? text !== '' && text.toLowerCase() !== 'false' : text !== '';
    }),
  );
  return (
    <div className="field-stack">
      <FieldInput field={enabled} />
      {shown && (
        <div className="field-stack field-stack--indented">
          {rest.map((f) => (
            <FieldInput key={f.id} field={f} />
          ))}
        </div>
      )}
    </div>
  );
}
