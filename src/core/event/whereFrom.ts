/**
 * Where a value a rule needs could have come from, in one sentence for the refusal: the action's
 * error and the form's message under the field are this same text. It names the event's field
 * that was read (or why it was not), and an event value that was there but unusable.
 */
import type { Field } from '../settings/field';
import type { Resolved } from './resolve';

/** A sentence, starting with a space and ending with a period; empty for a field with no event default. */
export function whereFrom(resolved: Resolved, field: Field): string {
  const notes = resolved.unusable.get(field.id);
  if (notes?.length) return ` The event's value could not be used: ${notes.join('; ')}.`;
  const from = field.fromEvent;
  if (!from) return '';
  if (!from.mapping || resolved.mapped(field)) return ` The event has none either: it is read from ${from.describe}.`;
  return resolved.mappingOn
    ? ` The XDM mapping leaves it alone (excluded in its settings), so the event's ${from.summary} is not read.`
    : ` The XDM mapping is off, so the event's ${from.summary} is not read.`;
}
