#!/usr/bin/env node
// Our UMAP against umap-js on real abstracts: trustworthiness and kNN recall@15
// of the 2-D map against the 50-D LSA space, and seconds, over seeds. Prints a
// table. Run `npm run build` first.
//
//   node bench/umap-fidelity.js [--input ../shared/data/papers.jsonl] [--n 2500] [--seeds 1,2,3]
import path from 'node:path';
import { UMAP } from 'umap-js';
import { readCorpus } from '../dist/corpus/index.js';
import { TextAnalyzer } from '../dist/text/index.js';
import { TfidfVectorizer } from '../dist/vectorize/index.js';
import { TruncatedSVD, l2NormalizeRows, Umap, neighborhoodPreservation } from '../dist/reduce/index.js';
import { paperText } from '../dist/estimator/fit.js';
import { mulberry32 } from '../dist/util/random.js';

import { root, args, flag } from './args.js';
const input = path.resolve(flag('input', path.join(root, '../shared/data/papers.jsonl')));
const size = Number(flag('n', '2500'));
const seeds = flag('seeds', '1,2,3').split(',').map(Number);

const { papers } = await readCorpus([input], { sample: size, seed: 42 });
const n = papers.length;
const analyzer = new TextAnalyzer();
const docs = analyzer.fitTransform(papers.map(paperText));
const X = new TfidfVectorizer().fitTransform(docs.terms, analyzer.terms.length);
const d = 50;
const lsa = l2NormalizeRows(new TruncatedSVD({ nComponents: d, seed: 1 }).fitTransform(X), n, d);
const rows = Array.from({ length: n }, (_, i) => Array.from(lsa.subarray(i * d, (i + 1) * d)));
const f3 = (x) => x.toFixed(3);

console.log(`${n} papers of ${path.basename(input)}, 50-D LSA → 2-D, 15 neighbours, min_dist 0.1`);
console.log('| seed | trustworthiness ours | umap-js | kNN recall@15 ours | umap-js | seconds ours | umap-js |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const seed of seeds) {
  let t = performance.now();
  const ours = new Umap({ nComponents: 2, nNeighbors: 15, minDist: 0.1, seed }).fitTransform(lsa, n, d);
  const tOurs = (performance.now() - t) / 1000;
  t = performance.now();
  const ref = Float32Array.from(new UMAP({ nComponents: 2, nNeighbors: 15, minDist: 0.1, random: mulberry32(seed) }).fit(rows).flat());
  const tRef = (performance.now() - t) / 1000;
  const a = neighborhoodPreservation(lsa, d, ours, 2, 15);
  const b = neighborhoodPreservation(lsa, d, ref, 2, 15);
  console.log(`| ${seed} | ${f3(a.trustworthiness)} | ${f3(b.trustworthiness)} | ${f3(a.recall)} | ${f3(b.recall)} | ${tOurs.toFixed(1)} | ${tRef.toFixed(1)} |`);
}
