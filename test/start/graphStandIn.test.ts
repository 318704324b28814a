/**
 * The Graph stand-in is the oracle the extension is tested against: it takes nothing from the
 * extension's code, and the extension's lists must agree with the ones it copied from Meta.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  META_ACTION_SOURCES,
  META_HASHED_USER_DATA,
  META_PLAIN_USER_DATA,
} from '../../scripts/graph-stand-in/metaLists';
import { describeAge } from '../../scripts/graph-stand-in/server';
import { ACTION_SOURCES } from '../../src/core/constants';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { ROOT } from './sandboxEdgeRunner';

const STAND_IN = join(ROOT, 'scripts/graph-stand-in');

describe('the Graph stand-in', () => {
  it('imports nothing from the extension', () => {
    const files = readdirSync(STAND_IN).filter((f) => f.endsWith('.ts'));
    const imports = files.flatMap((file) =>
      [
        ...readFileSync(join(STAND_IN, file), 'utf8').matchAll(
          /\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'|\brequire\(\s*'([^']+)'/g,
        ),
      ].map((m) => `${file}: ${m[1] ?? m[2] ?? m[3]}`),
    );
    expect(imports).toContain('server.ts: ./checks'); // the pattern sees imports
    for (const line of imports) expect(line).toMatch(/: (node:|\.\/)/);
  });

  it("agrees with the extension's lists of action sources and customer information keys", () => {
    expect([...ACTION_SOURCES].sort()).toEqual([...META_ACTION_SOURCES].sort());
    const keys = Object.values(USER_DATA_FIELDS).map((f) => f.sentAs);
    expect(keys.flatMap((k) => ('normalize' in k ? [k.key] : [])).sort()).toEqual([...META_HASHED_USER_DATA].sort());
    expect(keys.flatMap((k) => ('normalize' in k ? [] : [k.key])).sort()).toEqual([...META_PLAIN_USER_DATA].sort());
  });

  it('prints ages as a person reads them', () => {
    expect(describeAge(0.4)).toBe('just now');
    expect(describeAge(59)).toBe('just now');
    expect(describeAge(60)).toBe('1 min ago');
    expect(describeAge(59 * 60 + 59)).toBe('59 min ago');
    expect(describeAge(3600)).toBe('1 h ago');
    expect(describeAge(5400)).toBe('1.5 h ago');
    expect(describeAge(518401)).toBe('6 d ago');
    expect(describeAge(8 * 86400 + 43200)).toBe('8.5 d ago');
    expect(describeAge(63 * 86400)).toBe('63 d ago');
    expect(describeAge(-2 * 3600)).toBe('in 2 h');
  });
});
