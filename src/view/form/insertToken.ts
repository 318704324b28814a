/** Where a picked data-element token goes in a field's text. */
import type { FieldSpec } from './fieldDef';
import { takesTokenAlone } from './fieldDef';

export interface Selection {
  start: number;
  end: number;
}

/**
 * Fields that hold one value take the token alone; free text (URLs, names, JSON) gets it at the
 * caret, replacing the selection, or at the end when the field was never focused.
 */
export function insertToken(text: string, token: string, spec: Pick<FieldSpec, 'kind'>, selection?: Selection): string {
  if (takesTokenAlone(spec)) return token;
  if (!selection || selection.start > text.length) return text + token;
  return text.slice(0, selection.start) + token + text.slice(Math.max(selection.start, selection.end));
}
