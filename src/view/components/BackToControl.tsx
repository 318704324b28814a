/**
 * The way back from a data element to a field's own control (a checkbox, a list): a button
 * whose name starts with the words it shows, then says which field it is for.
 */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';

export function BackToControl({ text, label, onPress }: { text: string; label: string; onPress: () => void }) {
  return (
    <ActionButton onPress={onPress} alignSelf="start" UNSAFE_className="back-to-control">
      {text}
      <span className="visually-hidden">{` for ${label}`}</span>
    </ActionButton>
  );
}
