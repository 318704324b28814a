/**
 * Spectrum's Picker links its problem to its button (aria-describedby) but never marks the button
 * invalid, so assistive technology and the focus after a failed save would pass it by. This sets
 * `aria-invalid` on the button inside `wrapper` while the field shows a problem.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useInvalidTrigger(wrapper: RefObject<HTMLElement | null>, invalid: boolean): void {
  // After every render: the picker may have replaced its button.
  useLayoutEffect(() => {
    const trigger = wrapper.current?.querySelector('button[aria-haspopup]');
    if (invalid) trigger?.setAttribute('aria-invalid', 'true');
    else trigger?.removeAttribute('aria-invalid');
  });
}
