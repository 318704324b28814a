/**
 * A token typed for a test: kept in the page's memory only (never in the settings or the
 * browser's storage), and cleared when the page goes away or the field is removed. React writes
 * a controlled input's value into its `value` attribute too, which would put the token in the
 * page's markup: the attribute is removed as soon as it is written.
 */
import type { TextFieldRef } from '@adobe/react-spectrum/TextField';
import { useCallback, useEffect, useRef } from 'react';

/** `field` goes to the TextField's ref, `onChange` to its onChange; `read` gives the token, in event handlers. */
export function useSecret() {
  const value = useRef('');
  const field = useRef<TextFieldRef<HTMLInputElement>>(null);
  useEffect(() => {
    const input = field.current?.getInputElement();
    const strip = () => input?.removeAttribute('value');
    const observer = new MutationObserver(strip);
    if (input) observer.observe(input, { attributes: true, attributeFilter: ['value'] });
    strip();
    const clear = () => {
      value.current = '';
      if (input) input.value = '';
    };
    window.addEventListener('pagehide', clear);
    return () => {
      observer.disconnect();
      window.removeEventListener('pagehide', clear);
      clear();
    };
  }, []);
  const onChange = useCallback((text: string) => void (value.current = text.trim()), []);
  const read = useCallback(() => value.current, []);
  return { field, onChange, read };
}
