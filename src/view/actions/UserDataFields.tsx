/** Customer Information Parameters: every user_data key, grouped, labelled with Meta's name. */
import { Text } from '@adobe/react-spectrum/Text';
import type { Place } from '../../core/settings/form/part';
import { Collapsible } from '../components/Collapsible';
import { GroupProblem } from '../components/GroupProblem';
import { FormSection } from '../components/FormSection';
import type { FieldDef } from '../form/fieldDef';
import { userDataLabel } from '../form/texts';
import { ActionField } from './ActionField';
import { DOCS } from './docs';
import { filledFromEvent } from './sections/mappingSection';
import { USER_DATA } from './sections/userDataSection';

/** The setting a rule names when no customer information is usable at all. */
const USER_DATA_GROUP = 'userData';

/** Each starts collapsed unless it holds a value: its title says how many the event fills. */
const GROUPS: readonly { title: string; fields: readonly FieldDef[] }[] = [
  { title: 'Contact', fields: inGroup('userData.contact') },
  { title: 'Click and browser IDs', fields: inGroup('userData.clickAndBrowser') },
  { title: 'Location', fields: inGroup('userData.location') },
  { title: 'App and lead identifiers', fields: inGroup('userData.identifiers') },
  { title: 'Messaging and Instagram', fields: inGroup('userData.messaging') },
];

function inGroup(place: Place): FieldDef[] {
  return USER_DATA.filter((f) => f.field!.place === place);
}

export function UserDataFields() {
  return (
    <FormSection title="Customer Information Parameters" docs={DOCS.customerInformation} details>
      <Text>
        Enter plain values: the action normalizes them by Meta&apos;s rules and hashes them with SHA-256. Values already
        hashed (64 hex digits) are sent as they are.
      </Text>
      <GroupProblem id={USER_DATA_GROUP} />
      <div className="group-stack">
        {GROUPS.map(({ title, fields }) => (
          <Collapsible key={title} title={title} fields={fields} fromEvent={filledFromEvent}>
            <div className="field-grid">
              {fields.map((f) => {
                const hashed = f.field!.sentAs.to === 'user_data' && !!f.field!.sentAs.normalize;
                return (
                  <ActionField
                    key={f.id}
                    field={f}
                    label={userDataLabel(f)}
                    details={hashed ? f.field!.rule : undefined}
                  />
                );
              })}
            </div>
          </Collapsible>
        ))}
      </div>
    </FormSection>
  );
}
