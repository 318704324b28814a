/**
 * `npm run mutate` (not part of `npm test`): how many small faults the tests catch. It applies a
 * fixed sample of small mutations to the product's core (src/core, src/lib), one at a time, runs
 * the tests that run that source, and lists the mutations no test noticed (the survivors).
 *
 * - Mutations: flip a comparison (`<` to `>=`, `===` to `!==`), shift a boundary by one (`<` to
 *   `<=`), swap a constant (a number n to n + 1, `true` to `false`), swap `&&` and `||`, drop a
 *   statement (an expression statement, or an `if` without `else`).
 * - The sample: every possible mutation is named by its file, its kind, the statement it is in
 *   and its place among identical ones, and the `--count` (30) whose SHA-256 with `--seed` (21)
 *   are lowest are taken. So the sample stays the same as tests are added, and code changed
 *   elsewhere in a file does not move it: only a changed statement leaves it or joins it.
 * - The tests: test/unit, test/contract and the two Graph suites that run the source
 *   (test/e2e/faults, test/e2e/redirects); the others load the built file or a browser. A
 *   mutation is killed when they fail, or run longer than two minutes; the first failing test
 *   is named, so that a kill by a flaky test shows.
 * - The file is restored after each mutation, and on Ctrl-C. Run it in a worktree of your own.
 *
 * Options: `--seed N`, `--count N`, `--list` (the sample only, nothing run), `--only I` (the
 * sample's I-th mutation, from 1), `--in PATH` (only files whose path starts with PATH, e.g.
 * `--in src/lib --count 1000` for every mutation of the library adapter), `--tests A,B` (these
 * test files or folders instead).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const DIRS = ['src/core', 'src/lib'];
/** `--name value` on the command line. */
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const TESTS = option('tests')?.split(',') ?? [
  'test/unit',
  'test/contract',
  'test/e2e/faults.test.ts',
  'test/e2e/redirects.test.ts',
];
const TIMEOUT_MS = 120_000;

interface Mutation {
  file: string;
  line: number;
  kind: string;
  start: number;
  end: number;
  from: string;
  to: string;
  /** What names it in the sample: file, kind, statement, and its place among identical ones. */
  key: string;
}

const arg = (name: string, fallback: number) => Number(option(name) ?? fallback);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const FLIP: Record<string, string> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '===': '!==', '!==': '===' };
const SHIFT: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' };
const LOGICAL: Record<string, string> = { '&&': '||', '||': '&&' };

/** Every mutation of one file. */
function mutationsOf(file: string): Mutation[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Mutation[] = [];
  const seen = new Map<string, number>();
  const add = (node: ts.Node, kind: string, to: string, start = node.getStart(), end = node.getEnd()) => {
    let statement: ts.Node = node;
    while (statement.parent && !ts.isSourceFile(statement.parent) && !ts.isBlock(statement.parent))
      statement = statement.parent;
    const base = `${file}|${kind}|${text.slice(start, end)}→${to}|${statement.getText().replace(/\s+/g, ' ')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const line = source.getLineAndCharacterOfPosition(start).line + 1;
    found.push({ file, line, kind, start, end, from: text.slice(start, end), to, key: `${base}|${n}` });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isInterfaceDeclaration(node)) return;
    if (ts.isTypeAliasDeclaration(node)) return;
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken;
      const text = op.getText();
      if (FLIP[text]) add(op, 'flip a comparison', FLIP[text]);
      if (SHIFT[text]) add(op, 'shift a boundary', SHIFT[text]);
      if (LOGICAL[text]) add(op, 'swap && and ||', LOGICAL[text]);
    }
    // Numbers in long lists are tables (SHA-256's constants), which any hash test checks.
    const inTable = ts.isArrayLiteralExpression(node.parent) && node.parent.elements.length > 8;
    const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
    if (ts.isNumericLiteral(node) && !inTable && !isKey) add(node, 'swap a constant', String(Number(node.text) + 1));
    if (node.kind === ts.SyntaxKind.TrueKeyword) add(node, 'swap a constant', 'false');
    if (node.kind === ts.SyntaxKind.FalseKeyword) add(node, 'swap a constant', 'true');
    if (ts.isBlock(node.parent) && (ts.isExpressionStatement(node) || (ts.isIfStatement(node) && !node.elseStatement)))
      add(node, 'drop a statement', ';');
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

const rank = (seed: number, key: string) => createHash('sha256').update(`${seed}\n${key}`).digest('hex');

/** The sample: the `count` mutations whose rank is lowest, in file order. */
function sample(seed: number, count: number): Mutation[] {
  const within = option('in');
  const files = DIRS.flatMap(sourceFiles).filter((f) => within === undefined || f.startsWith(within));
  const all = files.flatMap(mutationsOf);
  const taken = all
    .map((m) => ({ m, r: rank(seed, m.key) }))
    .sort((a, b) => (a.r < b.r ? -1 : 1))
    .slice(0, count)
    .map(({ m }) => m);
  process.stderr.write(`mutate: ${taken.length} of ${all.length} possible mutations (seed ${seed})\n`);
  return taken.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
}

/** The file being mutated and its text, put back on exit, Ctrl-C or kill. */
let pending: { path: string; original: string } | undefined;
const restore = () => {
  if (pending) writeFileSync(pending.path, pending.original);
  pending = undefined;
};
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    restore();
    process.exit(130);
  });

/**
 * Applies the mutation, runs the tests and restores the file. Undefined when the tests still
 * pass, else what failed first (the test's name, or the run's last words when it ended otherwise).
 */
async function killedBy(m: Mutation): Promise<string | undefined> {
  const path = join(ROOT, m.file);
  const original = readFileSync(path, 'utf8');
  pending = { path, original };
  writeFileSync(path, original.slice(0, m.start) + m.to + original.slice(m.end));
  try {
    const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
    const args = [vitest, 'run', '--config', 'test/vitest.config.ts', '--bail=1', '--reporter=dot', ...TESTS];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => void (output += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    const [code] = (await once(child, 'close')) as [number | null];
    clearTimeout(timer);
    if (code === 0) return undefined;
    // eslint-disable-next-line no-control-regex -- the terminal's colour codes
    const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
    const failed = /FAIL\s+(\S+\.test\.ts\b.*)/.exec(plain)?.[1];
    return failed ?? (code === null ? 'the time limit' : plain.trim().split('\n').pop());
  } finally {
    restore();
  }
}

async function main(): Promise<void> {
  const mutations = sample(arg('seed', 21), arg('count', 30));
  const only = arg('only', 0);
  const describe = (m: Mutation, i: number) =>
    `${String(i + 1).padStart(2)}. ${m.file}:${m.line} ${m.kind}: ` +
    `\`${m.from.replace(/\s+/g, ' ').slice(0, 70)}\` → \`${m.to}\``;
  if (process.argv.includes('--list')) {
    mutations.forEach((m, i) => console.log(describe(m, i)));
    return;
  }
  const survivors: string[] = [];
  let run = 0;
  for (const [i, m] of mutations.entries()) {
    if (only && i + 1 !== only) continue;
    const started = Date.now();
    const killer = await killedBy(m);
    run++;
    const took = `(${((Date.now() - started) / 1000).toFixed(0)} s)`;
    console.log(
      `${killer ? 'killed  ' : 'SURVIVED'} ${describe(m, i)} ${took}${killer ? `\n           by ${killer}` : ''}`,
    );
    if (!killer) survivors.push(describe(m, i));
  }
  console.log(`\n${run - survivors.length} of ${run} mutations killed; ${survivors.length} survived:`);
  for (const s of survivors) console.log(`  ${s}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
