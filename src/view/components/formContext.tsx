/** React access to the form store: each field re-renders only when its own value or error changes. */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { requiredNow, type FieldDef } from '../form/fieldDef';
import type { FormState, FormStore } from '../form/formStore';

export const FormStoreContext = createContext<FormStore | null>(null);

export function useFormStore(): FormStore {
  const store = useContext(FormStoreContext);
  if (!store) throw new Error('A form field was rendered outside its view.');
  return store;
}

export function useFormSelector<T>(select: (state: FormState) => T): T {
  const store = useFormStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** Shown problems: all of them once validate() ran; JSON ones while typing. */
export function shownError(state: FormState, field: FieldDef): string | undefined {
  return state.validated || field.spec.kind === 'json' ? state.errors[field.id] : undefined;
}

export function useField(field: FieldDef) {
  const store = useFormStore();
  const value = useFormSelector((s) => s.values[field.id]);
  const error = useFormSelector((s) => shownError(s, field));
  const required = useFormSelector((s) => requiredNow(field, s.values));
  const setText = useCallback((text: string) => store.setText(field.id, text), [store, field.id]);
  /** The text now (a dialog may have been open while it changed). */
  const currentText = useCallback(() => store.getState().values[field.id]?.text ?? '', [store, field.id]);
  return { text: value?.text ?? '', stored: value?.stored, error, required, setText, currentText };
}
