/**
 * Runs one Edge request through the real sandbox's edge runner (the code behind
 * `POST /process-edge-request`: container build, token plugin, rule engine, node-fetch) without
 * its fixed ports 3000/4000. The sandbox reads ./extension.json and ./.sandbox/container.js
 * from its working directory, so each run gets a temp directory of links to this repository
 * and its own container, and a child process (the engine's 30 s timers outlive the run).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeContainer } from '../../scripts/sandbox/container';

export const ROOT = join(__dirname, '..', '..');

export interface EdgeRunResult {
  header: { createdAt: number };
  body: { status: [string, string][]; traces: { attributes: { logLevel: string }; messages: string[] }[] };
}

const CHILD = `
const execute = require(process.argv[1]).getExecute();
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', async () => {
  const [result] = await execute(JSON.parse(input));
  process.stdout.write(JSON.stringify(result), () => process.exit(0));
});`;

export async function runSandboxEdgeRequest(graphApiBaseUrl: string, request: unknown): Promise<EdgeRunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'capi-sandbox-'));
  try {
    for (const entry of ['extension.json', 'dist', 'node_modules']) symlinkSync(join(ROOT, entry), join(dir, entry));
    writeContainer(join(dir, '.sandbox', 'container.js'), graphApiBaseUrl);
    const runner = join(ROOT, 'node_modules/@adobe/reactor-sandbox/src/tasks/helpers/generateEdgeLibrary.js');
    const child = spawn(process.execPath, ['-e', CHILD, runner], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.stdin.end(JSON.stringify(request));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`sandbox edge runner exited with ${code}: ${stderr}`);
    return JSON.parse(stdout) as EdgeRunResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
