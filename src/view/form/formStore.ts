/**
 * The form's state outside React, so the bridge methods answer synchronously: `getSettings`
 * right after `init` sees the new values even before React has re-rendered.
 */
import { isPlainObject } from '../../core/values';
import type { InitInfo, Settings } from '../bridge/types';
import type { FieldDef } from './fieldDef';
import type { Values } from './fieldValue';
import type { Errors, Section } from './section';

export interface FormState {
  readonly info: InitInfo;
  readonly values: Values;
  /** Every current problem; shown once validate() ran (JSON fields show theirs while typing). */
  readonly errors: Errors;
  readonly validated: boolean;
  /** Counts inits: the form remounts, so collapsed parts re-open from the new values. */
  readonly generation: number;
  /** When the values last changed (the preview and the event-time rule use it, not the render). */
  readonly nowMs: number;
}

export function settingsOf(sections: readonly Section[], values: Values, stored: Settings | null): Settings {
  return Object.assign({}, ...sections.map((s) => s.getSettings(values, stored)));
}

function problemsOf(sections: readonly Section[], values: Values, info: InitInfo, nowMs: number): Errors {
  // The first problem found for a field is the one shown: a field's own check comes before the rules across fields.
  const errors: Errors = {};
  for (const section of sections) {
    for (const [id, problem] of Object.entries(section.validate(values, info, nowMs, errors))) errors[id] ??= problem;
  }
  return errors;
}

export class FormStore {
  private state: FormState;
  private readonly listeners = new Set<() => void>();
  /** Every section's fields, to name a problem by its field's label. */
  readonly fields: readonly FieldDef[];

  constructor(
    private readonly sections: readonly Section[],
    private readonly clock: () => number = Date.now,
  ) {
    this.fields = sections.flatMap((s) => s.fields);
    this.state = this.fresh({ settings: null }, 0);
  }

  readonly getState = (): FormState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  init(info: InitInfo | undefined): void {
    this.set(this.fresh(info ?? { settings: null }, this.state.generation + 1));
  }

  setText(id: string, text: string): void {
    const field = this.state.values[id];
    if (!field || field.text === text) return;
    const values = { ...this.state.values, [id]: { ...field, text } };
    const nowMs = this.clock();
    this.set({ ...this.state, values, nowMs, errors: problemsOf(this.sections, values, this.state.info, nowMs) });
  }

  getSettings(): Settings {
    // A copy: the caller must not be able to change the stored values the form keeps.
    return structuredClone(settingsOf(this.sections, this.state.values, this.state.info.settings));
  }

  validate(): boolean {
    const nowMs = this.clock();
    const errors = problemsOf(this.sections, this.state.values, this.state.info, nowMs);
    this.set({ ...this.state, errors, nowMs, validated: true });
    return Object.keys(errors).length === 0;
  }

  private fresh(info: InitInfo, generation: number): FormState {
    const settings = isPlainObject(info.settings) ? info.settings : null;
    const values: Values = Object.assign({}, ...this.sections.map((s) => s.getInitValues(settings)));
    const full = { ...info, settings };
    const nowMs = this.clock();
    return {
      info: full,
      values,
      errors: problemsOf(this.sections, values, full, nowMs),
      validated: false,
      generation,
      nowMs,
    };
  }

  private set(state: FormState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
