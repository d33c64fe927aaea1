#!/usr/bin/env node
// End-to-end scale bench: `topictrends run` on the corpora of bench/scale-corpus.js
// (fit on a date-stratified sample, transform everything on worker threads,
// trend tables by SQL over the parts), each in its own process under
// /usr/bin/time -v: wall, peak RSS, seconds per stage, cost per paper.
//   node bench/scale-corpus.js                       # once: /tmp/topictrends-scale/papers-{200k,500k,1m}.jsonl.gz
//   node bench/scale.js [--sizes 200k,500k,1m] [--dir /tmp/topictrends-scale] [--fit-sample 25000] [--baseline]
// --baseline adds the in-memory run on papers.jsonl (52,852) for the cost-per-paper reference.
// Writes bench/results/scale-<date>.json. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '200k,500k,1m' },
  dir: { type: 'string', default: '/tmp/topictrends-scale' },
  'fit-sample': { type: 'string' },
  baseline: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
} });
const STAGES = ['read', 'sample', 'text', 'tfidf', 'svd', 'knn', 'umap', 'choose-k', 'cluster', 'labels', 'structure', 'transform', 'aggregate', 'trends', 'write', 'charts'];

function timed(args) {
  const t0 = performance.now();
  const res = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`run failed (${res.status}):\n${res.stderr.slice(-3000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  // CPU seconds as well as wall: on a shared machine wall time mostly measures the other load.
  const cpu = ['User', 'System'].reduce((sum, k) => sum + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(res.stderr)?.[1] ?? 0), 0);
  return { wall, cpu, rssMb: Math.round(rssKb / 1024) };
}

const results = { date: new Date().toISOString(), node: process.version, runs: [] };
const inputs = [
  ...(values.baseline ? [['52,852', path.join(root, '../shared/data/papers.jsonl')]] : []),
  ...values.sizes.split(',').map((s) => [s, path.join(values.dir, `papers-${s}.jsonl.gz`)]),
];
for (const [label, file] of inputs) {
  if (!existsSync(file)) { console.error(`skip ${label}: ${file} missing (node bench/scale-corpus.js)`); continue; }
  const out = mkdtempSync(path.join(tmpdir(), 'tt-scale-'));
  const extra = values['fit-sample'] ? ['--fit-sample', values['fit-sample']] : [];
  process.stderr.write(`run ${label} (${file}) ...\n`);
  const r = timed(['bin/topictrends.js', 'run', '--input', file, '--out', out, '--quiet', '--tables', 'both', ...extra]);
  const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
  const papers = run.counts.kept;
  results.runs.push({ label, papers, fitted: run.counts.fitted ?? papers, k: run.params.k, bin: run.params.bin, wall: r.wall, cpu: r.cpu, peakRssMb: r.rssMb, msPerPaper: (1000 * r.wall) / papers, cpuMsPerPaper: (1000 * r.cpu) / papers, seconds: run.seconds });
  process.stderr.write(`  ${r.wall.toFixed(1)} s, ${r.rssMb} MB\n`);
  if (!values.keep) rmSync(out, { recursive: true, force: true });
  else process.stderr.write(`  kept ${out}\n`);
}

const cols = STAGES.filter((s) => results.runs.some((r) => r.seconds[s] !== undefined));
const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['papers', 'fitted on', ...cols, 'wall', 'CPU', 'peak RSS', 'ms / paper (wall)', 'CPU ms / paper']));
console.log(line(Array(cols.length + 7).fill('---')));
for (const r of results.runs) {
  console.log(line([r.papers.toLocaleString('en-US'), r.fitted.toLocaleString('en-US'), ...cols.map((c) => (r.seconds[c] === undefined ? '' : `${r.seconds[c].toFixed(1)} s`)), `${r.wall.toFixed(1)} s`, `${r.cpu.toFixed(1)} s`, `${(r.peakRssMb / 1024).toFixed(2)} GB`, r.msPerPaper.toFixed(3), r.cpuMsPerPaper.toFixed(3)]));
}
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const file = path.join(root, 'bench/results', `scale-${results.date.replace(/[:.]/g, '-').slice(0, 19)}.json`);
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`\n${file}`);
