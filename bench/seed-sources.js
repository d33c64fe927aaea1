#!/usr/bin/env node
// Where does seed-to-seed disagreement come from, and which clustering holds still? The text and
// TF-IDF are fitted once (they take no seed); then for each method and each seed the random stages
// run with sub-seeds that follow the seed only where the method says so (the others stay at 42),
// and the topics at a fixed k (the size prior, 0.3·√n) are compared across seeds (pairwise NMI)
// and, on a labelled set, with the labels (NMI at the fine k). Writes bench/results/seed-sources-<set>.json.
//
//   node bench/seed-sources.js --set slice2000|recent|labeled [--seeds 42,1,2] [--methods base,svd,knn,umap,kmeans,...]
// Methods: base (every stage follows the seed), svd / knn / umap / kmeans (only that stage does),
// fixed-graph (SVD and kNN at 42, UMAP and k-means follow), concat3 (k-means on three UMAP
// embeddings side by side), epochs2x (UMAP with twice the epochs), louvain (graph communities
// merged to k), lsa50 (k-means with 50 restarts on the LSA rows).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../dist/corpus/index.js';
import { TextAnalyzer } from '../dist/text/index.js';
import { TfidfVectorizer } from '../dist/vectorize/index.js';
import { TruncatedSVD, l2NormalizeRows, nearestNeighbors, Umap } from '../dist/reduce/index.js';
import { KMeans, nmi, louvainClusterer } from '../dist/cluster/index.js';
import { deriveSeed } from '../dist/util/index.js';
import { paperText } from '../dist/estimator/fit.js';
import { root, flag } from './args.js';

const data = (f) => path.join(root, '../shared/data', f);
const SETS = {
  slice2000: { file: data('papers.jsonl'), sample: 2000 },
  recent: { file: data('labeled-recent.jsonl') },
  labeled: { file: data('labeled.jsonl') },
};
const set = flag('set', 'slice2000');
const seeds = flag('seeds', '42,1,2').split(',').map(Number);
const methods = flag('methods', 'base,svd,knn,umap,kmeans').split(',');
const r3 = (x) => Math.round(x * 1000) / 1000;

const { file, sample } = SETS[set];
const { papers } = await readCorpus([file], sample ? { sample, seed: 42 } : {});
const n = papers.length;
const k = Math.round(0.3 * Math.sqrt(n));
// The corpus reader keeps no extra fields: the labels are read from the file by id.
const labelOf = new Map(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r.label]));
const truth = set === 'slice2000' ? null : papers.map((p) => labelOf.get(p.id));
const analyzer = new TextAnalyzer();
const docs = await analyzer.fitTransform(papers.map(paperText));
const X = new TfidfVectorizer().fitTransform(docs.terms, analyzer.terms.length);
const dims = Math.min(50, n - 1);

/** Memoised by sub-seed: every method shares the stages it does not vary. */
const memo = new Map();
const once = (key, f) => (memo.has(key) ? memo.get(key) : (memo.set(key, f()), memo.get(key)));
// --svd-oversamples / --svd-iter: the randomized SVD's accuracy (defaults 10 and 4 as the engine had).
const svdOpts = { nOversamples: Number(flag('svd-oversamples', '10')), nIter: Number(flag('svd-iter', '4')) };
const lsaOf = (s) => once(`svd${s}`, () => {
  const t0 = performance.now();
  const svd = new TruncatedSVD({ nComponents: dims, seed: deriveSeed(s, 'svd'), ...svdOpts });
  const rows = l2NormalizeRows(svd.fitTransform(X), n, dims);
  console.error(`svd seed ${s}: ${Math.round(performance.now() - t0)} ms, sigma_50 ${svd.singularValues[dims - 1].toFixed(4)}`);
  return rows;
});
const knnOf = (sv, sk) => once(`knn${sv}-${sk}`, () => nearestNeighbors(lsaOf(sv), n, dims, 15, { seed: deriveSeed(sk, 'knn') }));
const umapOf = (sv, sk, su, epochs) => once(`umap${sv}-${sk}-${su}-${epochs}`, () =>
  new Umap({ nComponents: 5, nNeighbors: 15, minDist: 0, seed: deriveSeed(su, 'umap5'), nEpochs: epochs }).fitTransform(lsaOf(sv), n, dims, knnOf(sv, sk)));
const kmeans = (S, d, s, nInit = 5) => new KMeans({ k, nInit, tolerance: 1e-4, seed: deriveSeed(s, 'cluster') }).fit(S, n, d).labels;

function concat(embeddings) {
  const d = 5 * embeddings.length;
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) embeddings.forEach((e, j) => out.set(e.subarray(i * 5, i * 5 + 5), i * d + j * 5));
  return { S: out, d };
}

const METHODS = {
  base: (s) => kmeans(umapOf(s, s, s), 5, s),
  svd: (s) => kmeans(umapOf(s, 42, 42), 5, 42),
  knn: (s) => kmeans(umapOf(42, s, 42), 5, 42),
  umap: (s) => kmeans(umapOf(42, 42, s), 5, 42),
  kmeans: (s) => kmeans(umapOf(42, 42, 42), 5, s),
  'fixed-graph': (s) => kmeans(umapOf(42, 42, s), 5, s),
  concat3: (s) => {
    const { S, d } = concat([0, 1, 2].map((j) => umapOf(s, s, deriveSeed(s, `consensus-${j}`))));
    return kmeans(S, d, s);
  },
  epochs2x: (s) => kmeans(umapOf(s, s, s, n <= 10_000 ? 1000 : 400), 5, s),
  lsa50: (s) => kmeans(lsaOf(s), dims, s, 50),
  louvain: async (s) => {
    const g = knnOf(s, s);
    const r = await louvainClusterer().fit({ X: umapOf(s, s, s), n, d: 5, graph: { indices: g.indices, distances: g.distances, m: g.k }, k, seed: deriveSeed(s, 'cluster') });
    return r.labels;
  },
};

const rows = [];
for (const m of methods) {
  const t0 = performance.now();
  const runs = [];
  for (const s of seeds) runs.push(await METHODS[m](s));
  const pairs = [];
  for (let a = 0; a < runs.length; a++) for (let b = a + 1; b < runs.length; b++) pairs.push(nmi(runs[a], runs[b]));
  const row = {
    method: m, set, n, k, seeds, svd: svdOpts,
    seedNmiMean: r3(pairs.reduce((x, y) => x + y, 0) / pairs.length), seedNmiMin: r3(Math.min(...pairs)),
    labelNmi: truth ? runs.map((r) => r3(nmi(truth, r))) : null,
    largest: runs.map((r) => r3(Math.max(...countsOf(r)) / n)),
    seconds: Math.round((performance.now() - t0) / 1000),
  };
  rows.push(row);
  console.error(JSON.stringify(row));
}

function countsOf(labels) {
  const c = new Map();
  for (const l of labels) c.set(l, (c.get(l) ?? 0) + 1);
  return [...c.values()];
}

const out = path.join(root, 'bench/results', `seed-sources-${set}-${flag('name', methods.join('-'))}-o${svdOpts.nOversamples}-i${svdOpts.nIter}.json`);
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: '2-core dev VM, shared with other helpers', rows }, null, 2) + '\n');
console.log(rows.map((r) => `| ${r.set} | ${r.method} | ${r.k} | ${r.seedNmiMean} (${r.seedNmiMin}) | ${r.labelNmi?.join(', ') ?? '–'} | ${r.largest.join(', ')} | ${r.seconds} |`).join('\n'));
