/** Customer Information Parameters: every user_data key, grouped, labelled with Meta's name. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Text } from '@adobe/react-spectrum/Text';
import type { Place } from '../../core/settings/field';
import { Collapsible } from '../components/Collapsible';
import { FormSection } from '../components/FormSection';
import { ActionField } from './ActionField';
import { USER_DATA } from './sections/userDataSection';

const GROUPS: readonly { place: Place; title: string; open?: boolean }[] = [
  { place: 'userData.contact', title: 'Contact', open: true },
  { place: 'userData.location', title: 'Location' },
  { place: 'userData.identifiers', title: 'Identifiers' },
  { place: 'userData.clickAndBrowser', title: 'Click and browser IDs', open: true },
  { place: 'userData.messaging', title: 'Messaging and Instagram' },
];

export function UserDataFields() {
  return (
    <FormSection title="Customer Information Parameters">
      <Text>
        Enter plain values: the action normalizes them by Meta&apos;s rules and hashes them with SHA-256. Values already hashed
        (64 hex characters, with or without a Parameter Builder suffix) are sent as they are. A blank field is filled from
        the event where the event has it, as noted under the field.
      </Text>
      {GROUPS.map((group) => {
        const fields = USER_DATA.filter((f) => f.field!.place === group.place);
        return (
          <Collapsible key={group.place} title={group.title} fields={fields} defaultOpen={group.open}>
            <Flex wrap gap="size-200">
              {fields.map((f) => {
                const hashed = f.field!.sentAs.to === 'user_data' && !!f.field!.sentAs.normalize;
                const key = f.path[f.path.length - 1];
                return (
                  <ActionField
                    key={f.id}
                    field={f}
                    label={`${f.spec.label} (${key}, ${hashed ? 'hashed' : 'not hashed'})`}
                    description={hashed ? `${f.spec.help} ${f.field!.rule}` : f.spec.help}
                    width="size-4600"
                  />
                );
              })}
            </Flex>
          </Collapsible>
        );
      })}
    </FormSection>
  );
}
