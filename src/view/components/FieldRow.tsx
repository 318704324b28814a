/**
 * A field with its data-element button, aligned with the input rather than the label. The row
 * names its field's id: the problem summary finds the field by it.
 */
import type { ReactNode } from 'react';
import { DataElementButton } from './DataElementButton';

export function FieldRow(props: {
  fieldId: string;
  label: string;
  /** Absent for form-only controls: a data element cannot decide what the form saves. */
  onToken?: (token: string) => void;
  labelAbove?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="field-row" data-field-id={props.fieldId}>
      {props.children}
      {props.onToken && (
        <div className={props.labelAbove === false ? undefined : 'field-row-button'}>
          <DataElementButton label={props.label} onToken={props.onToken} />
        </div>
      )}
    </div>
  );
}
