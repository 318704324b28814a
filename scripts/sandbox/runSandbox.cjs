// Runs Adobe's sandbox CLI, unchanged, in this process, and sends each edge request's result
// (rule statuses and traces, what POST /process-edge-request answers) to npm start over IPC,
// which prints a verdict line per event. The sandbox calls generateEdgeLibrary.getExecute() at
// every request, so wrapping that export here sees every result without editing the package.
const { join } = require('node:path');

const sandbox = join(process.cwd(), 'node_modules', '@adobe', 'reactor-sandbox', 'src');
const edgeLibrary = require(join(sandbox, 'tasks', 'helpers', 'generateEdgeLibrary.js'));
const getExecute = edgeLibrary.getExecute;

edgeLibrary.getExecute = (...args) => {
  const execute = getExecute(...args);
  return async (...request) => {
    const results = await execute(...request);
    if (process.connected) process.send({ edgeResult: results[0] });
    return results;
  };
};

require(join(sandbox, 'cli.js'));
