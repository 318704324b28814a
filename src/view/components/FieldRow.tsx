/** A field with its data-element button, aligned with the input rather than the label. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { View } from '@adobe/react-spectrum/View';
import type { ReactNode } from 'react';
import { DataElementButton } from './DataElementButton';

export function FieldRow(props: {
  label: string;
  /** Absent for form-only controls: a data element cannot decide what the form saves. */
  onToken?: (token: string) => void;
  labelAbove?: boolean;
  children: ReactNode;
}) {
  if (!props.onToken) return <>{props.children}</>;
  return (
    <Flex gap="size-100" alignItems="start">
      {props.children}
      <View marginTop={props.labelAbove === false ? undefined : 'size-300'}>
        <DataElementButton label={props.label} onToken={props.onToken} />
      </View>
    </Flex>
  );
}
