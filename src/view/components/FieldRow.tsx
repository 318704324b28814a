/** A field with its data-element button, aligned with the input rather than the label. */
import type { ReactNode } from 'react';
import { DataElementButton } from './DataElementButton';

export function FieldRow(props: {
  label: string;
  /** Absent for form-only controls: a data element cannot decide what the form saves. */
  onToken?: (token: string) => void;
  labelAbove?: boolean;
  children: ReactNode;
}) {
  if (!props.onToken) return <div className="field-row">{props.children}</div>;
  return (
    <div className="field-row">
      {props.children}
      <div className={props.labelAbove === false ? undefined : 'field-row-button'}>
        <DataElementButton label={props.label} onToken={props.onToken} />
      </div>
    </div>
  );
}
