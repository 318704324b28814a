/** Customer Information Parameters: every user_data key, grouped, labelled with Meta's name. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Text } from '@adobe/react-spectrum/Text';
import { USER_DATA_GROUPS, type UserDataGroup } from '../../core/settings/fieldSpec';
import { Collapsible } from '../components/Collapsible';
import { FieldInput } from '../components/FieldInput';
import { FormSection } from '../components/FormSection';
import { USER_DATA } from './sections/userDataSection';

const OPEN_GROUPS: readonly UserDataGroup[] = ['contact', 'clickAndBrowser'];

const fromEdge = USER_DATA.filter((f) => f.spec.edgeDefault)
  .map((f) => `${f.spec.label} (${f.spec.edgeDefault})`)
  .join('; ');

export function UserDataFields() {
  return (
    <FormSection title="Customer Information Parameters">
      <Text>
        Enter plain values: the action normalizes them by Meta&apos;s rules and hashes them with SHA-256. Values already hashed
        (64 hex characters, with or without a Parameter Builder suffix) are sent as they are. Blank fields are not sent,
        except these, which are filled from the Edge event: {fromEdge}.
      </Text>
      {(Object.keys(USER_DATA_GROUPS) as UserDataGroup[]).map((group) => {
        const fields = USER_DATA.filter((f) => f.spec.group === group);
        return (
          <Collapsible key={group} title={USER_DATA_GROUPS[group]} fields={fields} defaultOpen={OPEN_GROUPS.includes(group)}>
            <Flex wrap gap="size-200">
              {fields.map((f) => (
                <FieldInput
                  key={f.id}
                  field={f}
                  label={`${f.spec.label} (${f.spec.key}, ${f.spec.hashed ? 'hashed' : 'not hashed'})`}
                  description={f.spec.hashed ? `${f.spec.help} ${f.spec.rule}` : f.spec.help}
                  width="size-4600"
                />
              ))}
            </Flex>
          </Collapsible>
        );
      })}
    </FormSection>
  );
}
