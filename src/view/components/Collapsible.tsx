/**
 * A collapsed part of the form. It opens by itself when its fields hold values at init, and
 * stays open while one of its fields shows a problem, so every problem is visible. A closed
 * panel renders nothing (the values live in the store), which keeps the first render fast; its
 * title says how many of its fields are set.
 */
import { Disclosure, DisclosurePanel, DisclosureTitle } from '@adobe/react-spectrum/Accordion';
import { useState, type ReactNode } from 'react';
import type { FieldDef } from '../form/fieldDef';
import { shownError, useFormSelector, useFormStore } from './formContext';

export function Collapsible(props: {
  title: string;
  fields: readonly FieldDef[];
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const store = useFormStore();
  const [open, setOpen] = useState(
    () => props.defaultOpen || props.fields.some((f) => store.getState().values[f.id]?.text.trim()),
  );
  const problem = useFormSelector((s) => props.fields.some((f) => shownError(s, f)));
  const set = useFormSelector((s) => props.fields.filter((f) => s.values[f.id]?.text.trim()).length);
  const expanded = open || problem;
  const count = set ? `${set} set` : 'none set';
  return (
    <Disclosure isExpanded={expanded} onExpandedChange={setOpen} isQuiet UNSAFE_className="group">
      <DisclosureTitle level={3}>
        {props.title}
        {!expanded && <span className="group-count">{`· ${count}`}</span>}
      </DisclosureTitle>
      <DisclosurePanel>{expanded && props.children}</DisclosurePanel>
    </Disclosure>
  );
}
