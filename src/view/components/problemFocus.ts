/**
 * Finding a problem on the page: each field's control sits in an element naming its id
 * (`data-field-id`), and a problem of a whole group is an element marked `data-problem`.
 * Reading order is the page's order.
 */

const SHOWN_PROBLEM = 'main [aria-invalid="true"], main [data-problem]';

/** The element holding the field (or group) with this id, if it is on the page. */
function fieldElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`main [data-field-id="${CSS.escape(id)}"]`);
}

/** Ids in the page's reading order; those not on the page go last, in the order given. */
export function inReadingOrder(ids: readonly string[]): string[] {
  const at = new Map(ids.map((id) => [id, fieldElement(id)]));
  return [...ids].sort((a, b) => {
    const [x, y] = [at.get(a), at.get(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x === y ? 0 : x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** Scrolls to and focuses the first problem in reading order; false when none is on the page. */
export function focusFirstProblem(): boolean {
  return focusElement(document.querySelector<HTMLElement>(SHOWN_PROBLEM));
}

/** Scrolls to and focuses a field's problem: its invalid control, else its first control, else the field itself. */
export function focusProblem(id: string): boolean {
  const field = fieldElement(id);
  const target =
    field?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    field?.querySelector<HTMLElement>('input, textarea, button, [tabindex]') ??
    field;
  return focusElement(target ?? null);
}

function focusElement(element: HTMLElement | null): boolean {
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return true;
}
