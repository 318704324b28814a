/**
 * The sandbox's output as npm start shows it: whole lines, each with a prefix, without blank
 * lines or the frames of a stack trace. The sandbox (Express) logs the whole stack of every
 * request it refuses, a body that is not JSON or a request that is not an Edge request; the
 * first line says what happened, and the frames are the sandbox's own.
 */
const STACK_FRAME = /^\s+at\s/;

/** Returns a function that takes the output in chunks and writes each line to show once it is whole. */
export function lineWriter(prefix: string, write: (line: string) => void): (chunk: string) => void {
  let partial = '';
  return (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim() && !STACK_FRAME.test(line)) write(`${prefix} ${line}\n`);
  };
}
