/**
 * After a failed save: how many problems the form has, each named by its field and one click
 * from it, in the order the page reads. It follows the problems as they are fixed, and leaves
 * when none is left. Its role (alert) has it announced when it appears.
 */
import { Content } from '@adobe/react-spectrum/Content';
import { Heading } from '@adobe/react-spectrum/Heading';
import { InlineAlert } from '@adobe/react-spectrum/InlineAlert';
import { useLayoutEffect, useState } from 'react';
import { useFormSelector, useFormStore } from './formContext';
import { focusProblem, inReadingOrder } from './problemFocus';

/** "1 problem to fix" / "3 problems to fix". */
function problemCount(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'} to fix before saving`;
}

export function ProblemSummary() {
  const store = useFormStore();
  const validated = useFormSelector((s) => s.validated);
  const errors = useFormSelector((s) => s.errors);
  const ids = Object.keys(errors);
  // The fields' places are known once they are on the page (a collapsed group opens for its problem):
  // measured after the problems change or show, before the paint, as layout is; rendered again only when it changed.
  const [order, setOrder] = useState<readonly string[]>(ids);
  useLayoutEffect(() => {
    const next = inReadingOrder(Object.keys(errors)).join('\n');
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a layout measurement, taken before the paint
    if (next !== order.join('\n')) setOrder(next ? next.split('\n') : []);
  }, [errors, validated, order]);
  if (!validated || !ids.length) return null;
  const shown = [...order.filter((id) => id in errors), ...ids.filter((id) => !order.includes(id))];
  const label = (id: string) => store.fields.find((f) => f.id === id)?.spec.label;
  return (
    <InlineAlert variant="negative" UNSAFE_className="problem-summary">
      <Heading level={2}>{problemCount(ids.length)}</Heading>
      <Content>
        <ul className="problem-list">
          {shown.map((id) => (
            <li key={id}>
              {label(id) ? (
                <>
                  <button type="button" className="problem-link" onClick={() => focusProblem(id)}>
                    {label(id)}
                  </button>
                  {`: ${errors[id]}`}
                </>
              ) : (
                errors[id]
              )}
            </li>
          ))}
        </ul>
      </Content>
    </InlineAlert>
  );
}
