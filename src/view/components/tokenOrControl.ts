/** Pickers and checkboxes cannot show a data element: such a field shows its text instead. */
import type { FieldShape } from '../../core/settings/field';
import type { FieldDef } from '../form/fieldDef';

/** Whether the field's native control (picker, checkbox) can show this text. */
export function controlShows(spec: FieldShape, text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (spec.kind === 'boolean') return ['true', 'false'].includes(t.toLowerCase());
  return spec.kind === 'choice' && spec.options.includes(t);
}

/** Whether a checkbox shows ticked: "true", or anything but "false" where blank means on. */
export function boxTicked(field: FieldDef, text: string): boolean {
  const t = text.trim().toLowerCase();
  return field.blankIsOn ? t !== 'false' : t === 'true';
}
