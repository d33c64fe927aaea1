#!/usr/bin/env node
// Times each numeric stage on ../shared/data/papers.jsonl (or --input FILE), printing
// seconds per stage and peak RSS. Run `npm run build` first.
//   node bench/numeric.js [--limit N] [--input FILE] [--k-clusters 20] [--recall-sample 5000] [--choose-k] [--repeat R]
// With --input ../shared/data/labeled.jsonl --k-clusters 10 it also prints NMI against `label`.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { TfidfVectorizer } from '../dist/vectorize/index.js';
import { TruncatedSVD, l2NormalizeRows, nearestNeighbors, knnRecall, Umap, fitUmapsInParallel } from '../dist/reduce/index.js';
import { KMeans, silhouette, nmi, chooseK } from '../dist/cluster/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const input = opt('input', path.resolve(here, '../../shared/data/papers.jsonl'));
const limit = Number(opt('limit', Infinity));
const kClusters = Number(opt('k-clusters', 20));
const recallSample = Number(opt('recall-sample', 5000));

const STOP = new Set(
  'the of and a an in to for on with by is are we our this that from as at be or it its can which these their using use based than also into has have been not such via over more both new show results paper propose proposed method methods approach'.split(' '),
);

// Wall and CPU seconds per stage: on a shared machine CPU time is the steadier figure.
const rows = [];
let last = performance.now();
let lastCpu = process.cpuUsage();
function lap(stage, note = '') {
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  rows.push({ stage, seconds: ((now - last) / 1000).toFixed(2), cpu: ((cpu.user + cpu.system) / 1e6).toFixed(2), note });
  last = now;
  lastCpu = process.cpuUsage();
}

const vocab = new Map();
const docs = [];
const labels = [];
const rl = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
for await (const line of rl) {
  if (docs.length >= limit) break;
  if (!line.trim()) continue;
  const paper = JSON.parse(line);
  const ids = [];
  for (const w of `${paper.title} ${paper.abstract}`.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 2 || STOP.has(w)) continue;
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    ids.push(id);
  }
  docs.push(Int32Array.from(ids));
  labels.push(paper.label);
}
rl.close();
// --repeat R appends R-1 copies of the corpus (duplicates included) to test scaling past 52,852.
const repeat = Number(opt('repeat', 1));
const originals = docs.length;
for (let r = 1; r < repeat; r++) for (let i = 0; i < originals; i++) { docs.push(docs[i]); labels.push(labels[i]); }
const n = docs.length;
lap('read + crude tokenize', `${n} docs, ${vocab.size} terms`);

const X = new TfidfVectorizer().fitTransform(docs, vocab.size);
lap('tf-idf', `${X.nCols} cols, nnz ${X.indptr[X.nRows]}`);

const svd = new TruncatedSVD({ nComponents: 100, seed: 42 });
const lsa = l2NormalizeRows(svd.fitTransform(X), n, 100);
const evr = svd.explainedVarianceRatio.reduce((a, b) => a + b, 0);
lap('svd(100)', `explained variance ${evr.toFixed(3)}`);

const knn = nearestNeighbors(lsa, n, 100, 15, { seed: 42 });
lap('knn(15)', n >= 5000 ? 'nn-descent' : 'exact');

if (recallSample > 0 && n >= 5000) {
  const m = Math.min(recallSample, n);
  const sub = lsa.subarray(0, m * 100);
  const exact = nearestNeighbors(sub, m, 100, 15, { method: 'exact' });
  lap(`  exact knn on ${m} (reference)`);
  const approx = nearestNeighbors(sub, m, 100, 15, { method: 'nndescent', seed: 42 });
  lap(`  nn-descent on ${m}`, `recall ${knnRecall(approx, exact).toFixed(4)}`);
}

const u5 = new Umap({ nComponents: 5, seed: 42 }).fit(lsa, n, 100, knn);
lap('umap 5-d', `${u5.nEpochsUsed} epochs`);
const u2 = new Umap({ nComponents: 2, seed: 43 }).fit(lsa, n, 100, knn);
lap('umap 2-d', `${u2.nEpochsUsed} epochs`);
await fitUmapsInParallel(lsa, n, 100, knn, [{ nComponents: 5, seed: 42 }, { nComponents: 2, seed: 43 }]);
lap('  umap 5-d + 2-d in 2 worker threads', 'alternative to the two rows above');

const km = new KMeans({ k: kClusters, seed: 42 }).fit(u5.embedding, n, 5);
const labelNote = labels.every((l) => l !== undefined) ? `, NMI vs label ${nmi(labels, km.labels).toFixed(3)}` : '';
lap(`kmeans(k=${kClusters}, nInit 5)`, `inertia ${km.inertia.toFixed(1)}${labelNote}`);

if (args.includes('--choose-k')) {
  const { k, scores } = chooseK(u5.embedding, n, 5, { seed: 42 });
  lap('chooseK(5..30, sample 2000)', `k=${k} of ${scores.map((x) => x.k).join(',')}`);
}

const s = silhouette(u5.embedding, n, 5, km.labels, { sampleSize: 2000, seed: 42 });
lap('silhouette (2000 sample)', s.toFixed(3));

const main = rows.filter((r) => !r.stage.startsWith(' '));
const sum = (key) => main.reduce((a, r) => a + Number(r[key]), 0).toFixed(2);
rows.push({ stage: 'total (main stages)', seconds: sum('seconds'), cpu: sum('cpu'), note: '' });
console.table(rows);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
