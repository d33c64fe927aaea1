#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ (`npm run build`; `npm install` runs it as `prepare`).
// Without dist/ (a fresh clone, or a build interrupted by Ctrl-C) it says so and how to fix it,
// rather than failing with ERR_MODULE_NOT_FOUND from deep inside Node.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'topictrends: the compiled CLI (dist/) is missing. Build it once with `npm install` (or `npm run build`\n' +
      'when node_modules is already there), then run `node bin/topictrends.js <command>` (the fast path;\n' +
      '`npx topictrends` does the same after the build).\n',
  );
  process.exit(1);
}
const [{ main: run }, { exitCodeOf }] = await Promise.all([import(main.href), import(new URL('../dist/util/index.js', import.meta.url).href)]);

run(process.argv).then(
  (code) => { process.exitCode = code ?? 0; },
  (err) => {
    process.stderr.write(`topictrends: ${err?.message ?? err}\n`);
    process.exitCode = exitCodeOf(err);
  },
);
