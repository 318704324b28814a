/** README.md documents what the code does: its settings tables are the field declarations'. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README, renderSettingsTables, withSettingsTables } from '../../scripts/readme';

const readme = readFileSync(README, 'utf8');

describe('README.md', () => {
  it('has the settings tables that the field declarations produce (npm run readme)', () => {
    expect(readme).toBe(withSettingsTables(readme));
  });

  it('lists every user_data key with whether it is hashed', () => {
    const tables = renderSettingsTables();
    for (const [key, hashed] of [
      ['em', 'SHA-256'],
      ['external_id', 'SHA-256'],
      ['client_ip_address', 'no'],
      ['fbc', 'no'],
    ]) {
      expect(tables).toMatch(
        new RegExp(`\\| \`userData\\.${key}\`<br>[^|]+ \\| \`user_data.${key}\` \\| ${hashed} \\|`),
      );
    }
  });

  it('gives the fresh-machine commands, and CI runs its test command', () => {
    const fresh = /## Fresh machine\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(fresh).toMatch(/^npm start\b/m);
    expect(fresh).toMatch(/^npm test\b/m);
    expect(readFileSync(join(__dirname, '../../.ci/run'), 'utf8')).toMatch(/^npm test( --.*)?$/m);
  });
});
