/**
 * Server Event Parameters, with the XDM mapping switch and Limited Data Use. The event time, the
 * referrer (both from every Edge event) and the opt-out are set rarely: they wait in a group.
 */
import { LIMITED_DATA_USE_FIELDS as L } from '../../core/settings/actionFields';
import { ACTION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import { SERVER_EVENT_FIELDS as S } from '../../core/settings/serverEventFields';
import { Collapsible } from '../components/Collapsible';
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { useFormSelector } from '../components/formContext';
import { ActionField } from './ActionField';
import { DOCS } from './docs';
import { LIMITED_DATA_USE } from './sections/limitedDataUseSection';
import { filledFromEvent, MAPPING_ENABLED, mappingOn } from './sections/mappingSection';
import { fieldById } from './sections/declared';
import { SERVER_EVENT } from './sections/serverEventSection';

const RARE = [S.event_time.id, S.referrer_url.id, S.opt_out.id].map(fieldById);
const FIELDS = SERVER_EVENT.filter((f) => !RARE.includes(f));

/** What the mapping does, in plain words, under its box. */
const MAPPING_SUMMARY =
  'Blank fields are filled from your Web SDK or Mobile SDK events: event name from the event type, customer ' +
  'information from identities and profile fields, value and products from the order.';
const EDGE_DEFAULTS = ACTION_FORM_FIELD_LIST.flatMap((f) =>
  f.fromEvent && !f.fromEvent.mapping ? [f.label.charAt(0).toLowerCase() + f.label.slice(1)] : [],
);
const MAPPING_OFF =
  'Off: only what every Edge event carries fills blank fields: ' +
  `${EDGE_DEFAULTS.slice(0, -1).join(', ')} and ${EDGE_DEFAULTS[EDGE_DEFAULTS.length - 1]}.`;

function MappingSwitch() {
  const on = useFormSelector((s) => mappingOn(s.values));
  return <FieldInput field={MAPPING_ENABLED} description={on ? MAPPING_SUMMARY : MAPPING_OFF} />;
}

export function ServerEventFields() {
  return (
    <FormSection title="Server Event Parameters" docs={DOCS.serverEvent} details>
      <MappingSwitch />
      <div className="field-grid">
        {FIELDS.map((f) => (
          <ActionField key={f.id} field={f} />
        ))}
      </div>
      <LimitedDataUseFields />
      <Collapsible title="Event time, referrer and opt-out" fields={RARE} fromEvent={filledFromEvent}>
        <div className="field-grid">
          {RARE.map((f) => (
            <ActionField key={f.id} field={f} />
          ))}
        </div>
      </Collapsible>
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
