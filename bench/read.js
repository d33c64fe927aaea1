// Reading benchmark: time and peak memory to read a corpus with readCorpus.
// Usage: npm run build && node bench/read.js [path]   (default ../shared/data/papers.jsonl)
// Plain ESM over dist/ so it runs without a TypeScript loader.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../dist/corpus/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] ?? path.resolve(here, '../../shared/data/papers.jsonl');

const started = performance.now();
const { papers, report } = await readCorpus([input]);
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KB

const rows = [
  ['input', path.relative(process.cwd(), input) || input],
  ['papers', papers.length.toLocaleString('en-US')],
  ['skipped', String(report.read - report.kept)],
  ['seconds', seconds.toFixed(2)],
  ['peak RSS MB', peakRssMb.toFixed(0)],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
