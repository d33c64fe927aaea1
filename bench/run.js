#!/usr/bin/env node
// The whole `topictrends run` on seeded samples of papers.jsonl, each in its own
// process (wall time and peak RSS as a user sees them), plus the quality figure
// (`eval` NMI on labeled.jsonl, k = 10, three seeds). Prints a table; writes JSON
// to bench/results/. Run `npm run build` first (npm run bench does not rebuild).
//
//   node bench/run.js [--sizes 5000,20000,all] [--seeds 42,1,2] [--no-eval] [--reference] [--input F] [--repeat N]
// --repeat N adds a run on the input repeated N times with ids suffixed (-r1, -r2, …): the scale test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { root, args, flag } from './args.js';
const input = path.resolve(flag('input', path.join(root, '../shared/data/papers.jsonl')));
const labeled = path.resolve(flag('labeled', path.join(root, '../shared/data/labeled.jsonl')));
const sizes = flag('sizes', '5000,20000,all').split(',');
const seeds = flag('seeds', '42,1,2').split(',').map(Number);
const STAGES = ['read', 'text', 'tfidf', 'svd', 'knn', 'umap', 'umap5', 'umap2', 'kmeans', 'cluster', 'labels', 'trends', 'write', 'charts'];

if (!existsSync(input)) {
  console.error(`bench: ${input} not found (pass --input)`);
  process.exit(1);
}

/** Run a command under /usr/bin/time -v when available: wall seconds and peak RSS of the whole process. */
function timed(cmd, cmdArgs) {
  const useTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const res = useTime
    ? spawnSync('/usr/bin/time', ['-v', cmd, ...cmdArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, cmdArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${res.status}):\n${res.stderr.slice(-2000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  return { wall, rssMb: Math.round(rssKb / 1024), stdout: res.stdout, stderr: res.stderr };
}

const results = { date: new Date().toISOString(), node: process.version, input, runs: [], eval: [], reportRegen: null, reference: null };

function benchRun(file, size) {
  const out = mkdtempSync(path.join(tmpdir(), 'tt-bench-'));
  const sample = size === 'all' ? [] : ['--sample', size];
  const r = timed(process.execPath, ['bin/topictrends.js', 'run', '--input', file, ...sample, '--out', out, '--quiet']);
  const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
  results.runs.push({ size: run.counts.kept, k: run.params.k, seconds: run.seconds, wall: r.wall, peakRssMb: r.rssMb });
  process.stderr.write(`run ${size} of ${path.basename(file)}: ${r.wall.toFixed(1)} s\n`);
  return out;
}

for (const size of sizes) {
  const out = benchRun(input, size);
  if (size === 'all') {
    // Regenerating charts and report.html from the saved model, as `topictrends report` does.
    const r = timed(process.execPath, ['bin/topictrends.js', 'report', '--model', path.join(out, 'model.json')]);
    results.reportRegen = { papers: results.runs[results.runs.length - 1].size, wall: r.wall, peakRssMb: r.rssMb };
  }
  rmSync(out, { recursive: true, force: true });
}

const repeat = Number(flag('repeat', '1'));
if (repeat > 1) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tt-bench-repeat-'));
  const file = path.join(dir, `repeated-${repeat}.jsonl`);
  const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
  const copies = [];
  for (let r = 0; r < repeat; r++) {
    for (const line of lines) {
      const paper = JSON.parse(line);
      if (r > 0) paper.id = `${paper.id}-r${r}`;
      copies.push(JSON.stringify(paper));
    }
  }
  writeFileSync(file, copies.join('\n') + '\n');
  copies.length = 0;
  rmSync(benchRun(file, 'all'), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

if (!args.includes('--no-eval') && existsSync(labeled)) {
  for (const seed of seeds) {
    const r = timed(process.execPath, ['bin/topictrends.js', 'eval', '--input', labeled, '--label-field', 'label', '--k', '10', '--seed', String(seed), '--quiet']);
    results.eval.push({ seed, ...JSON.parse(r.stdout), wall: r.wall });
    process.stderr.write(`eval seed ${seed}: ${r.wall.toFixed(1)} s\n`);
  }
}

if (args.includes('--reference')) {
  // The Python reference (scikit-learn + umap-learn), timed the same way, same machine and session.
  const script = path.join(root, '../shared/reference/sklearn_pipeline.py');
  const r = timed('/usr/bin/python3', [script, input, '--k', '20', '--seed', '42']);
  const out = JSON.parse(r.stdout);
  results.reference = { wall: r.wall, peakRssMb: r.rssMb, seconds: out.seconds, nmi: out.metrics?.nmi ?? null };
}

// --- table ---
const pad = (s, n) => String(s).padStart(n);
const head = ['papers', ...STAGES, 'total', 'wall', 'RSS MB'];
console.log(head.map((h, i) => pad(h, i === 0 ? 7 : 7)).join(' '));
for (const run of results.runs) {
  const cells = [run.size, ...STAGES.map((s) => (run.seconds[s] ?? 0).toFixed(2)), run.seconds.total.toFixed(1), run.wall.toFixed(1), run.peakRssMb];
  console.log(cells.map((c) => pad(c, 7)).join(' '));
}
if (results.eval.length) {
  const nmis = results.eval.map((e) => e.nmi);
  const mean = nmis.reduce((a, b) => a + b, 0) / nmis.length;
  console.log(`\neval labeled.jsonl k=10: ${results.eval.map((e) => `seed ${e.seed} NMI ${e.nmi} ARI ${e.ari}`).join('; ')}`);
  console.log(`NMI mean ${mean.toFixed(4)}, min ${Math.min(...nmis)}, max ${Math.max(...nmis)} (reference pipeline: 0.278 at seed 42)`);
}
if (results.reportRegen) {
  console.log(`\nreport regenerated from model.json of ${results.reportRegen.papers} papers: ${results.reportRegen.wall.toFixed(1)} s, peak RSS ${results.reportRegen.peakRssMb} MB`);
}
if (results.reference) {
  const ref = results.reference;
  const ours = results.runs.find((r) => r.size >= 50_000 && r.size < 60_000);
  console.log(`\nreference (sklearn + umap-learn, k=20): wall ${ref.wall.toFixed(1)} s, peak RSS ${ref.peakRssMb} MB` + (ours ? `; topictrends ${ours.wall.toFixed(1)} s = ${(ours.wall / ref.wall).toFixed(2)}x` : ''));
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const file = path.join(root, 'bench/results', `run-${results.date.slice(0, 19).replace(/[:T]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${path.relative(root, file)}`);
