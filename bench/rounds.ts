/**
 * Shared machines are noisy: contenders run in alternating rounds (the order flips every
 * round), and results are medians over rounds. A ratio is the median of the per-round ratios,
 * so that a slow spell hits both sides of each ratio alike.
 */
export type Contender = () => Promise<number>;

/** Per contender, what each round measured. */
export async function alternate<K extends string>(
  contenders: Record<K, Contender>,
  rounds: number,
): Promise<Record<K, number[]>> {
  const names = Object.keys(contenders) as K[];
  const results = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) results[name].push(await contenders[name]());
  }
  return results;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ratio = (a: number[], b: number[]) => median(a.map((v, i) => v / b[i]));

/** Microseconds per call of `fn`, over `n` calls. */
export async function usPerCall(fn: () => unknown, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const out = fn();
    if (out instanceof Promise) await out;
  }
  return ((performance.now() - start) * 1000) / n;
}
