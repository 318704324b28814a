// Runs Adobe's sandbox CLI, unchanged, in this process, and sends each edge request's result
// (rule statuses and traces, what POST /process-edge-request answers) to npm start over IPC,
// which prints a verdict line per event. The sandbox calls generateEdgeLibrary.getExecute() at
// every request, so wrapping that export here sees every result without editing the package.
//
// The wrapper keeps the sandbox's own error handling: a request it cannot run throws at once, so
// the sandbox answers HTTP 500 with the message and goes on serving. (Thrown later, from a
// promise, the same error would be uncaught, and the sandbox exits on any uncaught error.)
const { join } = require('node:path');

const sandbox = join(process.cwd(), 'node_modules', '@adobe', 'reactor-sandbox', 'src');
const edgeLibrary = require(join(sandbox, 'tasks', 'helpers', 'generateEdgeLibrary.js'));
const getExecute = edgeLibrary.getExecute;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

edgeLibrary.getExecute = (...args) => {
  const execute = getExecute(...args);
  return (request) => {
    // What the sandbox reads first; without them it fails with "Cannot read properties of undefined".
    if (!isObject(request) || !isObject(request.header) || !isObject(request.body)) {
      throw new Error(
        'not an Edge request: it needs a "header" object and a "body" object (with "xdm" and "data"), ' +
          'as in scripts/example-edge-request.json',
      );
    }
    return execute(request).then((results) => {
      if (process.connected) process.send({ edgeResult: results[0] });
      return results;
    });
  };
};

require(join(sandbox, 'cli.js'));
