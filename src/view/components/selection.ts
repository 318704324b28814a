/** A text input's selection, remembered when it loses focus (e.g. to the data-element button). */
import type { Selection } from '../form/insertToken';

export function selectionOf(input: HTMLInputElement | HTMLTextAreaElement | null | undefined): Selection | undefined {
  if (!input || input.selectionStart === null) return undefined;
  return { start: input.selectionStart, end: input.selectionEnd ?? input.selectionStart };
}
