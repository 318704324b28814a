/**
 * `npm run send -- [file]`: posts an Edge request (by default scripts/example-edge-request.json)
 * to the sandbox that `npm start` runs, and prints the rule status, the action's result or
 * error, and the warnings, instead of the engine's full answer. It exits 0 only when rules ran
 * and all succeeded, so scripts can tell a refused or rejected event.
 * CAPI_SANDBOX_URL overrides the edge runner's address.
 */
import { readFileSync } from 'node:fs';
import { readEdgeResult, sendLines, type EdgeResult } from './sandbox/edgeResult';

export const DEFAULT_REQUEST = 'scripts/example-edge-request.json';
export const DEFAULT_URL = 'http://localhost:3000/process-edge-request';

export async function send(file: string, url: string): Promise<{ lines: string[]; succeeded: boolean }> {
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
  if (!response.ok) throw new Error(`the sandbox answered HTTP ${response.status}: ${firstLine(text)}`);
  let result: EdgeResult;
  try {
    result = JSON.parse(text) as EdgeResult;
  } catch {
    throw new Error(`the sandbox's answer is not JSON: ${text.slice(0, 200)}`);
  }
  const reports = readEdgeResult(result);
  return {
    lines: [`POST ${url} (${file}): HTTP ${response.status}`, ...sendLines(reports)],
    succeeded: reports.length > 0 && reports.every((report) => report.status === 'success'),
  };
}

/** The first line of an error answer: plain text, or the `<pre>` of Express's HTML error page. */
function firstLine(text: string): string {
  const pre = /<pre>([\s\S]*?)<\/pre>/i.exec(text)?.[1].split('<br>')[0];
  const line = pre ? decodeEntities(pre) : text.split('\n')[0];
  return line.trim().slice(0, 300);
}

function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
  return html.replace(/&(#\d+|\w+);/g, (entity, name: string) =>
    name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : (named[name] ?? entity),
  );
}

if (require.main === module) {
  send(process.argv[2] ?? DEFAULT_REQUEST, process.env.CAPI_SANDBOX_URL ?? DEFAULT_URL).then(
    ({ lines, succeeded }) => {
      console.log(lines.join('\n'));
      if (!succeeded) process.exitCode = 1;
    },
    (error: Error) => {
      console.error(`[send] ${error.message}`);
      process.exit(1);
    },
  );
}
