/** A problem of a whole group of fields (no customer information at all), shown at the group's top. */
import { Text } from '@adobe/react-spectrum/Text';
import { useFormSelector } from './formContext';

export function GroupProblem({ id }: { id: string }) {
  const problem = useFormSelector((s) => (s.validated ? s.errors[id] : undefined));
  if (!problem) return null;
  return (
    <div data-field-id={id} data-problem tabIndex={-1} className="group-problem">
      <Text UNSAFE_className="field-help field-help--flush field-help--error">{problem}</Text>
    </div>
  );
}
