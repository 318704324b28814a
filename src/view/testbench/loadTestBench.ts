/**
 * The test bench's code, loaded on first use (a chunk of its own: see scripts/buildViews.ts),
 * so that the form's first paint does not wait for it. Loaded once; later calls reuse it.
 */
import type { Settings } from '../bridge/types';

export interface SampleMenuProps {
  label: string;
  onPick: (text: string) => void;
  defaultOpen?: boolean;
}

export interface TestBenchProps {
  /** The pasted Edge event, as text. */
  text: string;
  settings: Settings;
  extensionSettings: unknown;
  nowMs: number;
  /** Why the text is no usable event (undefined once it is). */
  onProblem: (problem: string | undefined) => void;
}

let loading: Promise<typeof import('./TestBench')> | undefined;

export function loadTestBench(): Promise<typeof import('./TestBench')> {
  loading ??= import('./TestBench').catch((error: unknown) => {
    // Tried again on the next use (the network may be back).
    loading = undefined;
    throw error;
  });
  return loading;
}
