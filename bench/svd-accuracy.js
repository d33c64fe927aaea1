#!/usr/bin/env node
// What an accurate LSA costs: the randomized SVD of a corpus's TF-IDF rows with several
// oversample / power-iteration settings, timed, with σ at the last component (it rises to the
// converged value as the range finder converges) and the agreement of two seeds' subspaces
// (mean squared cosine of the principal angles: 1 = the same 50-D subspace).
//
//   node bench/svd-accuracy.js [--file papers.jsonl] [--settings 10:4,30:12,50:20] [--seeds 42,1]
import path from 'node:path';
import { readCorpus } from '../dist/corpus/index.js';
import { TextAnalyzer } from '../dist/text/index.js';
import { TfidfVectorizer } from '../dist/vectorize/index.js';
import { TruncatedSVD, symmetricEigen } from '../dist/reduce/index.js';
import { deriveSeed } from '../dist/util/index.js';
import { paperText } from '../dist/estimator/fit.js';
import { root, flag } from './args.js';

const file = path.join(root, '../shared/data', flag('file', 'papers.jsonl'));
const settings = flag('settings', '10:4,30:12,50:20').split(',').map((s) => s.split(':').map(Number));
const seeds = flag('seeds', '42,1').split(',').map(Number);
const k = 50;
const { papers } = await readCorpus([file]);
const analyzer = new TextAnalyzer();
const docs = await analyzer.fitTransform(papers.map(paperText));
const X = new TfidfVectorizer().fitTransform(docs.terms, analyzer.terms.length);
console.error(`${papers.length} papers, ${X.nCols} terms`);

/** Mean squared cosine of the principal angles between two k × m row-major bases. */
function overlap(A, B, m) {
  const M = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += A[a * m + c] * B[b * m + c];
    M[a * k + b] = s;
  }
  const G = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) {
    let s = 0;
    for (let c = 0; c < k; c++) s += M[a * k + c] * M[b * k + c];
    G[a * k + b] = s;
  }
  return symmetricEigen(G, k).values.reduce((s, v) => s + v, 0) / k;
}

console.log('| oversamples | power iterations | seconds per fit | σ₅₀ by seed | subspace overlap of the seeds |');
console.log('| --- | --- | --- | --- | --- |');
for (const [o, q] of settings) {
  const fits = seeds.map((seed) => {
    const t0 = performance.now();
    const svd = new TruncatedSVD({ nComponents: k, nOversamples: o, nIter: q, seed: deriveSeed(seed, 'svd') }).fit(X);
    return { svd, seconds: (performance.now() - t0) / 1000 };
  });
  const secs = fits.map((f) => f.seconds.toFixed(1)).join(', ');
  const sig = fits.map((f) => f.svd.singularValues[k - 1].toFixed(4)).join(', ');
  console.log(`| ${o} | ${q} | ${secs} | ${sig} | ${overlap(fits[0].svd.components, fits[1].svd.components, X.nCols).toFixed(4)} |`);
}
