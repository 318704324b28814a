// First step of `npm test` and `npm start`, before anything is installed or loaded: on a Node.js
// outside package.json's "engines", the dependencies fail later with messages that never name
// Node (knip's, a syntax error deep in a package). ES5 only (eslint.config.mjs holds it to that),
// so that any Node.js can run it and print the one line.
// `node scripts/checkNode.cjs <label>` prefixes its line with [label].
'use strict';

var pkg = require('../package.json');

/** Whether version "a.b.c" is in a range made of `^a.b.c` and `>=a[.b[.c]]` joined by `||`. */
function satisfies(version, range) {
  var have = parse(version);
  return range.split('||').some(function (part) {
    var match = /^\s*(\^|>=)\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(part);
    if (!match) throw new Error('package.json "engines.node": cannot read "' + part.trim() + '"');
    var want = parse(match[2]);
    if (match[1] === '^' && have[0] !== want[0]) return false;
    for (var i = 0; i < 3; i++) if (have[i] !== want[i]) return have[i] > want[i];
    return true;
  });
}

function parse(version) {
  var parts = String(version).replace(/^v/, '').split('.');
  return [0, 1, 2].map(function (i) {
    return Number(parts[i] || 0);
  });
}

if (require.main === module && !satisfies(process.versions.node, pkg.engines.node)) {
  var label = process.argv[2] || 'check';
  var problem = 'Node.js ' + process.versions.node + ' cannot run this project: it needs Node.js ' + pkg.engines.node;
  var todo = 'Install one of those (e.g. nvm install 22) and run npm ' + label + ' again.';
  console.error('[' + label + '] ' + problem + ' (package.json "engines"). ' + todo);
  process.exit(1);
}

module.exports = { satisfies: satisfies };
