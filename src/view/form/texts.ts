/** How the form words a field: pure, so tests read it without a browser. */
import type { EventDefault } from '../../core/settings/field';
import type { FieldDef, FieldSpec } from './fieldDef';

/** The first sentence of a help text, and the rest ("e.g." and "i.e." end no sentence). */
export function firstSentence(help: string): [string, string] {
  const end = /(?<!\be\.g|\bi\.e)[.!?](?=\s+\S)/.exec(help);
  if (!end) return [help, ''];
  return [help.slice(0, end.index + 1), help.slice(end.index + 1).trim()];
}

/** "Email (em, hashed)": Meta's name once, whether or not the label already says it. */
export function userDataLabel(f: FieldDef): string {
  const hashed = f.field!.sentAs.to === 'user_data' && !!f.field!.sentAs.normalize;
  const key = f.path[f.path.length - 1];
  const label = f.spec.label.replace(` (${key})`, '');
  return `${label} (${key}, ${hashed ? 'hashed' : 'not hashed'})`;
}

/** A choice's option as people read it ("Phone call"), or the option itself when it has no words. */
export function optionWords(spec: FieldSpec, option: string): string {
  return spec.words?.[option] ?? option;
}

/** What a blank setting says: "Not set", then what happens when the declaration tells. */
export function unsetWords(spec: FieldSpec): string {
  return spec.whenUnset ? `Not set: ${spec.whenUnset}` : 'Not set';
}

/** The note of a blank field the mapping could fill, but is told to leave alone. */
export const LEFT_ALONE_NOTE = 'Not filled from the event: left alone under XDM mapping options.';

/**
 * Where a blank field is filled from: a few plain words ("From the event: email identity"), and
 * with the details shown, the XDM path too.
 */
export function eventNote(fromEvent: EventDefault, details: boolean): string {
  const { summary, describe } = fromEvent;
  return details ? `From the event: ${summary}; in XDM: ${describe}` : `From the event: ${summary}`;
}
