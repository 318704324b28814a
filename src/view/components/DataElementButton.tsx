/** The button beside a field that opens Adobe's data-element selector. */
import { ActionButton } from '@adobe/react-spectrum/ActionButton';
import Data from '@spectrum-icons/workflow/Data';
import { pickDataElement } from '../bridge/extensionBridge';

export function DataElementButton({ label, onToken }: { label: string; onToken: (token: string) => void }) {
  const pick = () => {
    // A cancelled selector resolves undefined (or never): then nothing changes.
    pickDataElement().then(
      (token) => token && onToken(token),
      (error) => console.error('Data element selector:', error),
    );
  };
  return (
    <ActionButton aria-label={`Select a data element for ${label}`} onPress={pick} flexShrink={0}>
      <Data />
    </ActionButton>
  );
}
