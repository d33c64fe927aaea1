'use strict';
// tslab compiles cells to CommonJS, where `await import(x)` turns into
// `require(x)`: that cannot load the project's ESM build when a module uses
// top-level await (vega), and node10 lookup ignores package `exports`
// (vega-lite). A real dynamic import written in a .cjs file is left alone.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

/** Import an ES module; relative paths are resolved from the working directory (the project root, where the kernel starts). */
exports.esm = function esm(specifier) {
  const target = specifier.startsWith('.') ? pathToFileURL(path.resolve(specifier)).href : specifier;
  return import(target);
};
