/**
 * Starts a view: registers init/getSettings/validate with the extension bridge and renders the
 * form inside a Spectrum Provider (light theme, medium scale, as the Data Collection UI). After
 * a failed validate(), the first problem in reading order is scrolled into view and focused.
 */
import { Provider } from '@react-spectrum/provider';
import { lightTheme } from '@adobe/react-spectrum/lightTheme';
import { Fragment, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { registerView } from './bridge/extensionBridge';
import { FormStoreContext, useFormSelector } from './components/formContext';
import { focusFirstProblem } from './components/problemFocus';
import { FormStore } from './form/formStore';
import type { Section } from './form/section';
import './view.css';

export function mountView(sections: readonly Section[], Form: ComponentType): void {
  const store = new FormStore(sections);
  let root: Root | undefined;
  void registerView({
    init(info) {
      // Synchronous, so the form is on screen when init returns (the bridge does not wait).
      flushSync(() => store.init(info));
      if (!root) {
        root = createRoot(document.getElementById('root')!);
        flushSync(() =>
          root!.render(
            <FormStoreContext.Provider value={store}>
              <Provider theme={lightTheme} colorScheme="light" scale="medium" locale="en-US">
                <ViewForm Form={Form} />
              </Provider>
            </FormStoreContext.Provider>,
          ),
        );
      }
    },
    getSettings: () => store.getSettings(),
    validate() {
      let valid = true;
      // Rendered now, so the problems (and the collapsed parts they open) are on the page to focus.
      flushSync(() => (valid = store.validate()));
      if (!valid) focusFirst();
      return valid;
    },
  });
}

/** The first problem in reading order; the summary when no problem has a place on the page. */
function focusFirst(): void {
  if (focusFirstProblem()) return;
  const summary = document.querySelector<HTMLElement>('main .problem-summary');
  summary?.setAttribute('tabindex', '-1');
  summary?.scrollIntoView({ block: 'start' });
  summary?.focus({ preventScroll: true });
}

/** Remounted on every init, so state kept in components (open disclosures) follows the new settings. */
function ViewForm({ Form }: { Form: ComponentType }) {
  const generation = useFormSelector((s) => s.generation);
  return (
    <Fragment key={generation}>
      <Form />
    </Fragment>
  );
}
