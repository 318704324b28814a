/**
 * `npm run upload` without credentials must fail at once with the variables to set: the
 * uploader itself would wait on a prompt forever in CI.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function upload(args: string[], extraEnv: Record<string, string> = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('REACTOR_IO_INTEGRATION_')),
  );
  const started = Date.now();
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/upload.ts', ...args], {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { ...result, ms: Date.now() - started };
}

describe('npm run upload without credentials', () => {
  it('exits non-zero at once, naming the variables, before building anything', () => {
    const result = upload([]);
    expect(result.signal).toBeNull(); // not killed by the timeout: it did not wait on a prompt
    expect(result.status).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
    expect(result.stderr).toContain('REACTOR_IO_INTEGRATION_CLIENT_ID and REACTOR_IO_INTEGRATION_CLIENT_SECRET');
    expect(result.stderr).toContain('REACTOR_IO_INTEGRATION_ACCESS_TOKEN');
    expect(result.stdout).not.toContain('packaging');
  });

  it('names the one variable missing, and the suffixed names of other environments', () => {
    const partial = upload(['--environment', 'stage'], { REACTOR_IO_INTEGRATION_CLIENT_ID_STAGE: 'abc' });
    expect(partial.status).toBe(1);
    expect(partial.stderr).toContain('(REACTOR_IO_INTEGRATION_CLIENT_SECRET_STAGE not set)');
    expect(partial.stderr).toContain('REACTOR_IO_INTEGRATION_ACCESS_TOKEN_STAGE');
  });

  it('refuses credentials on the command line', () => {
    const result = upload(['--auth.client-secret=shh']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('environment variables');
    expect(result.stderr).not.toContain('shh');
  });
});
