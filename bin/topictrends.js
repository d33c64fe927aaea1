#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the `prepare` script).
import { main } from '../dist/cli/main.js';
import { exitCodeOf } from '../dist/util/index.js';

main(process.argv).then(
  (code) => { process.exitCode = code ?? 0; },
  (err) => {
    process.stderr.write(`topictrends: ${err?.message ?? err}\n`);
    process.exitCode = exitCodeOf(err);
  },
);
