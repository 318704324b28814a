/**
 * The library build leaves out what only the form and the README show: each declaration's
 * help, placeholder, example and docs note (FORM_ONLY_TEXTS). The action never reads them, and
 * every Edge isolate would otherwise load and compile them before its first event. The
 * declarations stay whole in the source; this drops those properties from every object
 * literal of the settings files as esbuild loads them. `test/budgets.test.ts` checks that the
 * built library neither holds nor reads any of them.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { FORM_ONLY_TEXTS } from '../src/core/settings/field';

const DROPPED: ReadonlySet<string> = new Set(FORM_ONLY_TEXTS);
const SETTINGS_FILES = /[\\/]src[\\/]core[\\/]settings[\\/][^\\/]+Fields\.ts$/;

export const withoutFormTexts: Plugin = {
  name: 'without-form-texts',
  setup(build) {
    build.onLoad({ filter: SETTINGS_FILES }, async ({ path }) => ({
      contents: dropFormTexts(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

/** The source with the form-only properties of its object literals removed. */
function dropFormTexts(source: string, path: string): string {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const isDropped = (p: ts.ObjectLiteralElementLike) =>
    (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
    ts.isIdentifier(p.name) &&
    DROPPED.has(p.name.text);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const visited = ts.visitEachChild(node, visit, context);
      return ts.isObjectLiteralExpression(visited) && visited.properties.some(isDropped)
        ? context.factory.updateObjectLiteralExpression(
            visited,
            visited.properties.filter((p) => !isDropped(p)),
          )
        : visited;
    };
    return (root) => ts.visitNode(root, visit) as ts.SourceFile;
  };
  const [result] = ts.transform(file, [transformer]).transformed;
  return ts.createPrinter().printFile(result);
}
