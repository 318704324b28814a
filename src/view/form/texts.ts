/** How the form words a field: pure, so tests read it without a browser. */
import type { FieldDef } from './fieldDef';

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
