#!/usr/bin/env node
// Rewrite the generated regions of docs/ (the command reference and the output columns) from the
// code; `--check` only reports stale files (exit 1). Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED, withRegion } from '../dist/cli/docs.js';

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, { region, make }] of Object.entries(GENERATED)) {
  const text = readFileSync(file, 'utf8');
  const next = withRegion(text, region, make());
  if (next === text) continue;
  stale++;
  if (check) process.stderr.write(`${file} is stale: run node scripts/docs.js\n`);
  else writeFileSync(file, next);
}
process.exitCode = check && stale ? 1 : 0;
