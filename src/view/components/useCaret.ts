/** Remembers a text input's selection when it loses focus (e.g. to the data-element button). */
import type { TextFieldRef } from '@adobe/react-spectrum/TextField';
import { useCallback, useRef } from 'react';
import type { Selection } from '../form/insertToken';

export function useCaret<T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>() {
  const ref = useRef<TextFieldRef<T>>(null);
  const selection = useRef<Selection | undefined>(undefined);
  const onBlur = useCallback(() => {
    const input = ref.current?.getInputElement();
    if (input && input.selectionStart !== null) {
      selection.current = { start: input.selectionStart, end: input.selectionEnd ?? input.selectionStart };
    }
  }, []);
  return { ref, onBlur, selection: () => selection.current };
}
