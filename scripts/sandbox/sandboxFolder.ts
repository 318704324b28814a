/**
 * `.sandbox/`, npm start's folder (git-ignored), rewritten at every start: the container, the page
 * that opens the view sandbox on its rule, and the stub `npm` for the sandbox's PATH. A folder
 * broken by hand or by an interrupted run (a file where a folder belongs, or the reverse) is
 * removed and written again; one that cannot be is named with the fix.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../manifest';
import { writeContainer } from './container';
import { writeNpmStub } from './npmStub';
import { writeViewSandboxPreset } from './viewSandboxPreset';

/** Writes `<root>/.sandbox` for the Graph stand-in at `graphApiBaseUrl`; returns the PATH for the sandbox. */
export function writeSandboxFolder(root: string, graphApiBaseUrl: string, say: (line: string) => void): string {
  const dir = join(root, '.sandbox');
  const write = () => {
    writeContainer(join(dir, 'container.js'), graphApiBaseUrl);
    writeViewSandboxPreset(root, graphApiBaseUrl);
    return writeNpmStub(ROOT, join(dir, 'bin'));
  };
  try {
    return write();
  } catch (error) {
    const broken = (error as NodeJS.ErrnoException).code;
    if (!broken) throw error;
    try {
      rmSync(dir, { recursive: true, force: true });
      const path = write();
      say(`.sandbox was broken (${(error as Error).message}); rebuilt it`);
      return path;
    } catch (again) {
      throw new Error(
        `cannot write ${dir} (${(again as Error).message}). Remove it (rm -rf .sandbox) or fix its permissions, ` +
          'then run npm start again.',
        { cause: again },
      );
    }
  }
}
