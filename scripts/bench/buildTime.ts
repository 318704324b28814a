/** (6) Wall time of `npm run build`, as a developer runs it (npm, tsx and esbuild start-up included). */
import { spawnSync } from 'node:child_process';
import { ROOT } from '../manifest';
import { median, round } from './stats';

export interface BuildTime {
  medianMs: number;
  runsMs: number[];
}

export function measureBuild(runs: number): BuildTime {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
    runsMs.push(round(elapsed));
  }
  return { medianMs: round(median(runsMs)), runsMs };
}
