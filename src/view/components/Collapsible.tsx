/**
 * A collapsed part of the form. It opens by itself when its fields hold values at init, and
 * stays open while one of its fields shows a problem, so every problem is visible. A closed
 * panel renders nothing (the values live in the store), which keeps the first render fast; its
 * title says how many of its fields are set, and how many more the event fills.
 */
import { Disclosure, DisclosurePanel, DisclosureTitle } from '@adobe/react-spectrum/Accordion';
import { useState, type ReactNode } from 'react';
import type { FieldDef } from '../form/fieldDef';
import type { Values } from '../form/fieldValue';
import { shownError, useFormSelector, useFormStore } from './formContext';

export function Collapsible(props: {
  title: string;
  fields: readonly FieldDef[];
  /** Whether the event fills a blank field (the action's fields); the title counts them. */
  fromEvent?: (field: FieldDef, values: Values) => boolean;
  children: ReactNode;
}) {
  const { fields, fromEvent } = props;
  const store = useFormStore();
  const [open, setOpen] = useState(() => fields.some((f) => store.getState().values[f.id]?.text.trim()));
  const problem = useFormSelector((s) => fields.some((f) => shownError(s, f)));
  const set = useFormSelector((s) => fields.filter((f) => s.values[f.id]?.text.trim()).length);
  const filled = useFormSelector(
    (s) => fields.filter((f) => !s.values[f.id]?.text.trim() && fromEvent?.(f, s.values)).length,
  );
  const expanded = open || problem;
  const count = [set ? `${set} set` : 'none set', filled ? `${filled} from the event` : ''].filter(Boolean);
  return (
    <Disclosure isExpanded={expanded} onExpandedChange={setOpen} isQuiet UNSAFE_className="group">
      <DisclosureTitle level={3}>
        {props.title}
        {!expanded && <span className="group-count">{`· ${count.join(', ')}`}</span>}
      </DisclosureTitle>
      <DisclosurePanel>{expanded && props.children}</DisclosurePanel>
    </Disclosure>
  );
}
