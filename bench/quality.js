#!/usr/bin/env node
// Topic quality that generalises: every method × labelled set × time split × seed,
// scored by NMI and ARI against the labels, next to the Python reference pipeline
// (../shared/reference/sklearn_pipeline.py) run on the same files and seeds.
// Splits: `all` (the whole file), `early` / `late` (first and second half by date,
// ties by id), each clustered on its own at its own label count.
// Prints a table; writes JSON to bench/results/quality-<name>.json. Run `npm run build` first.
//
//   node bench/quality.js [--methods base,bm25,...] [--sets labeled,recent] [--splits all,early,late]
//        [--seeds 42,1,2] [--k labels|auto|N] [--reference] [--reference-dir DIR] [--name NAME]
// --k-sweep 5,7,10,… instead: per set × split × seed, one engine fit with k = auto, then the same
// clusterer at each fixed k on the same clustering space: NMI, AMI and ARI of auto-k against the best fixed k (bench/k-sweep.js).
// --reuse F1,F2 takes rows already measured (same method, set, split, seed) from earlier result files.
// --reference runs the Python reference (Debian's python3-sklearn + umap-learn) for every
// set × split × seed, or reuses its JSON outputs from --reference-dir (files ref-<set>-<split>-<seed>.json);
// with --reference-cached only those files, running nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluate } from '../dist/estimator/evaluate.js';
import { kSweep } from './k-sweep.js';

import { root, args, flag } from './args.js';
const has = (name) => args.includes(`--${name}`);

/**
 * Candidate methods: engine options on top of the defaults. `base` is whatever the defaults are.
 * BM25 weighting and a doubled title were measured too (commit c5b3ad9, results in
 * quality-screen-*.json) and removed with their options when they lost.
 */
const METHODS = {
  base: {},
  kmeans: { clusterer: 'kmeans' },
  louvain: { clusterer: 'louvain' },
  rawtf: { tfidf: { sublinearTf: false } },
  svd100: { svdComponents: 100 },
  svd30: { svdComponents: 30 },
  nn30: { nNeighbors: 30 },
  nn10: { nNeighbors: 10 },
  dims10: { clusterDims: 10 },
  dims2: { clusterDims: 2 },
  lsa: { clusterOn: 'lsa' },
  direct: { overCluster: 0 },
  over30: { overCluster: 30 },
  over3k: { overCluster: '3k' },
  over20: { overCluster: 20 },
};
const SETS = {
  labeled: path.join(root, '../shared/data/labeled.jsonl'),
  recent: path.join(root, '../shared/data/labeled-recent.jsonl'),
};

const methods = flag('methods', 'base').split(',');
const sets = flag('sets', 'labeled,recent').split(',');
const splits = flag('splits', 'all,early,late').split(',');
const seeds = flag('seeds', '42,1,2').split(',').map(Number);
const kMode = flag('k', 'labels');
const name = flag('name', methods.join('-'));
for (const m of methods) if (!METHODS[m]) throw new Error(`unknown method ${m}; known: ${Object.keys(METHODS).join(', ')}`);

/** The file of a set × split: the whole file, or its first / second half by date (then id). */
const work = mkdtempSync(path.join(tmpdir(), 'tt-quality-'));
function splitFile(set, split) {
  const file = SETS[set];
  if (!existsSync(file)) throw new Error(`${file} not found`);
  if (split === 'all') return file;
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => ({ line, p: JSON.parse(line) }));
  rows.sort((a, b) => (a.p.date ?? '').localeCompare(b.p.date ?? '') || String(a.p.id).localeCompare(String(b.p.id)));
  const half = Math.floor(rows.length / 2);
  const part = split === 'early' ? rows.slice(0, half) : rows.slice(half);
  const out = path.join(work, `${set}-${split}.jsonl`);
  writeFileSync(out, part.map((r) => r.line).join('\n') + '\n');
  return out;
}
function labelCount(file) {
  return new Set(readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).label)).size;
}

if (flag('k-sweep', null)) {
  await kSweep({ ks: flag('k-sweep').split(',').map(Number), sets, splits, methods, seeds, name, METHODS, splitFile });
  process.exit(0);
}

const rows = [];
const refRows = [];
const partialFile = path.join(root, `bench/results/quality-${name}.partial.json`);
function savePartial() {
  mkdirSync(path.dirname(partialFile), { recursive: true });
  writeFileSync(partialFile, JSON.stringify({ rows }, null, 2) + '\n');
}
const reused = (flag('reuse', '') || '').split(',').filter(Boolean).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).rows ?? []);
const refDir = flag('reference-dir', null);
for (const set of sets) {
  for (const split of splits) {
    const file = splitFile(set, split);
    const labels = labelCount(file);
    const k = kMode === 'labels' ? labels : kMode === 'auto' ? 'auto' : Number(kMode);
    for (const method of methods) {
      for (const seed of seeds) {
        const earlier = reused.find((r) => r.method === method && r.set === set && r.split === split && r.seed === seed && (kMode !== 'labels' || r.k === k));
        if (earlier) {
          rows.push(earlier);
          continue;
        }
        const t0 = performance.now();
        const r = await evaluate({ inputs: [file], engine: { ...METHODS[method], ...(METHODS[method].overCluster === '3k' ? { overCluster: 3 * k } : {}), k, seed }, labelField: 'label' });
        const seconds = (performance.now() - t0) / 1000;
        rows.push({ method, set, split, seed, n: r.n, labels, k: r.k, nmi: r.nmi, ari: r.ari, seconds: Math.round(seconds * 10) / 10 });
        savePartial();
        process.stderr.write(`${method} ${set}/${split} seed ${seed}: k ${r.k}, NMI ${r.nmi}, ARI ${r.ari} (${seconds.toFixed(1)} s)\n`);
      }
    }
    if (has('reference') && kMode !== 'auto') {
      for (const seed of seeds) {
        const cached = refDir && path.join(refDir, `ref-${set}-${split}-${seed}.json`);
        let out;
        if (cached && existsSync(cached)) out = JSON.parse(readFileSync(cached, 'utf8'));
        else if (has('reference-cached')) continue;
        else {
          const res = spawnSync('/usr/bin/python3', [path.join(root, '../shared/reference/sklearn_pipeline.py'), file, '--k', String(k), '--seed', String(seed)], { encoding: 'utf8', maxBuffer: 1 << 26 });
          if (res.status !== 0) throw new Error(`reference failed on ${set}/${split}: ${res.stderr.slice(-1000)}`);
          out = JSON.parse(res.stdout);
          if (cached) {
            mkdirSync(refDir, { recursive: true });
            writeFileSync(cached, JSON.stringify({ metrics: out.metrics, seconds: out.seconds }) + '\n');
          }
        }
        refRows.push({ set, split, seed, k, nmi: out.metrics.nmi, ari: out.metrics.ari, seconds: out.seconds?.total });
        process.stderr.write(`reference ${set}/${split} seed ${seed}: NMI ${out.metrics.nmi.toFixed(4)}\n`);
      }
    }
  }
}

const stats = (xs) => {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, sd, count: xs.length };
};
const fmt = ({ mean, sd, count }) => (count > 1 ? `${mean.toFixed(3)} ± ${sd.toFixed(3)}` : `${mean.toFixed(3)} (1 seed)`);
const summary = [];
for (const set of sets) {
  for (const split of splits) {
    const ref = refRows.filter((r) => r.set === set && r.split === split);
    const refNmi = ref.length ? stats(ref.map((r) => r.nmi)) : null;
    for (const method of methods) {
      const rs = rows.filter((r) => r.method === method && r.set === set && r.split === split);
      const nmi = stats(rs.map((r) => r.nmi));
      const ari = stats(rs.map((r) => r.ari));
      summary.push({ method, set, split, n: rs[0].n, k: [...new Set(rs.map((r) => r.k))].join('/'), nmi, ari, refNmi, refAri: ref.length ? stats(ref.map((r) => r.ari)) : null, ratio: refNmi ? nmi.mean / refNmi.mean : null });
    }
  }
}
console.log(`| method | set | split | papers | k | NMI (mean ± sd, seeds ${seeds.join('/')}) | ARI | reference NMI | reference ARI | × reference |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of summary) {
  console.log(`| ${s.method} | ${s.set} | ${s.split} | ${s.n} | ${s.k} | ${fmt(s.nmi)} | ${s.ari.mean.toFixed(3)} | ${s.refNmi ? fmt(s.refNmi) : '-'} | ${s.refAri ? s.refAri.mean.toFixed(3) : '-'} | ${s.ratio ? s.ratio.toFixed(3) : '-'} |`);
}
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const outFile = path.join(root, `bench/results/quality-${name}.json`);
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), node: process.version, seeds, kMode, methods: Object.fromEntries(methods.map((m) => [m, METHODS[m]])), rows, reference: refRows, summary }, null, 2) + '\n');
rmSync(partialFile, { force: true });
process.stderr.write(`wrote ${path.relative(root, outFile)}\n`);
