/** A view's form without a browser: the same store the page uses, driven like the bridge does. */
import { ACTION_SECTIONS } from '../../src/view/actions/actionSections';
import type { InitInfo, Settings } from '../../src/view/bridge/types';
import { connectionSection } from '../../src/view/configuration/connectionSection';
import { FormStore } from '../../src/view/form/formStore';
import type { Section } from '../../src/view/form/section';

export interface TestForm {
  store: FormStore;
  /** Types into a field (its id is the setting path, e.g. "serverEvent.event_name"). */
  type(id: string, text: string): TestForm;
  settings(): Settings;
  /** validate(), then the problems by field id. */
  problems(): Record<string, string>;
}

function formOf(sections: readonly Section[], settings: Settings | null, extra: Partial<InitInfo> = {}): TestForm {
  const store = new FormStore(sections);
  store.init({ settings, ...extra });
  const form: TestForm = {
    store,
    type(id, text) {
      if (!(id in store.getState().values)) throw new Error(`No field "${id}"`);
      store.setText(id, text);
      return form;
    },
    settings: () => store.getSettings(),
    problems() {
      store.validate();
      return store.getState().errors;
    },
  };
  return form;
}

export const actionForm = (settings: Settings | null, extra?: Partial<InitInfo>) =>
  formOf(ACTION_SECTIONS, settings, extra);
export const configurationForm = (settings: Settings | null) => formOf([connectionSection], settings);
