/**
 * `npm run send -- [file]`: posts an Edge request (by default scripts/example-edge-request.json)
 * to the sandbox that `npm start` runs, and prints the rule status, the action's result or
 * error, and the warnings, instead of the engine's full answer.
 * CAPI_SANDBOX_URL overrides the edge runner's address.
 */
import { readFileSync } from 'node:fs';
import { readEdgeResult, sendLines, type EdgeResult } from './sandbox/edgeResult';

export const DEFAULT_REQUEST = 'scripts/example-edge-request.json';
export const DEFAULT_URL = 'http://localhost:3000/process-edge-request';

export async function send(file: string, url: string): Promise<string[]> {
  let body: string;
  try {
    body = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new Error(`the sandbox did not answer at ${url} (${cause}). Is npm start running?`, { cause: error });
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`the sandbox answered HTTP ${response.status}: ${text.slice(0, 500)}`);
  let result: EdgeResult;
  try {
    result = JSON.parse(text) as EdgeResult;
  } catch {
    throw new Error(`the sandbox's answer is not JSON: ${text.slice(0, 200)}`);
  }
  return [`POST ${url} (${file}): HTTP ${response.status}`, ...sendLines(readEdgeResult(result))];
}

if (require.main === module) {
  send(process.argv[2] ?? DEFAULT_REQUEST, process.env.CAPI_SANDBOX_URL ?? DEFAULT_URL).then(
    (lines) => console.log(lines.join('\n')),
    (error: Error) => {
      console.error(`[send] ${error.message}`);
      process.exit(1);
    },
  );
}
