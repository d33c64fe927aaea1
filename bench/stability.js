#!/usr/bin/env node
// Does 'auto' k hold still? Per corpus: one engine fit (k = auto, no map) per seed, and per
// 90% subsample (seeded draws of the papers, fitted with the first seed). Reports k, the
// largest topic's share, the mean and lowest seed-to-seed NMI of the topics (all pairs of
// seeds) and the NMI of each subsample's topics with the first seed's on the papers they share.
// Writes bench/results/stability-<name>.json and .md. Run `npm run build` first.
//
//   node bench/stability.js [--sets labeled,recent,papers,slice2000] [--seeds 42,1,2,3,4]
//        [--subsamples 2] [--name NAME] [--cache DIR] [--subsamples-only yes] [--engine JSON]
// --engine: more engine options for every fit, e.g. '{"kmeansInit":10}', or a fixed k: '{"k":13,"overCluster":0}'
// (the k-means auto runs at that k, unmerged, without the stability curve).
// --cache DIR keeps each fit's k, curve and topics in DIR/<set>-<seed|sub>.json and reuses them, so
// one corpus's fits can run in parallel processes (one seed each) and a last run tabulates them all.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fitTopics } from '../dist/estimator/fit.js';
import { readCorpus } from '../dist/corpus/index.js';
import { nmi, sampleIndices } from '../dist/cluster/index.js';
import { root, flag } from './args.js';

const data = (f) => path.join(root, '../shared/data', f);
const SETS = {
  labeled: { file: data('labeled.jsonl') },
  recent: { file: data('labeled-recent.jsonl') },
  papers: { file: data('papers.jsonl') },
  slice2000: { file: data('papers.jsonl'), sample: 2000 },
};
const sets = flag('sets', 'labeled,recent,papers,slice2000').split(',');
const seeds = flag('seeds', '42,1,2,3,4').split(',').map(Number);
const subsamples = Number(flag('subsamples', '2'));
const name = flag('name', sets.join('-'));
const r3 = (x) => Math.round(x * 1000) / 1000;

const cache = flag('cache', '');
const engine = JSON.parse(flag('engine', '{}'));

/** `fresh` with its result kept in the cache under `tag`, or the cached result. */
async function cached(tag, fresh) {
  const file = cache && path.join(cache, `${tag}.json`);
  if (file && existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    return { ...c, topicOf: new Map(c.topicOf) };
  }
  const f = await fresh();
  if (file) (mkdirSync(cache, { recursive: true }), writeFileSync(file, JSON.stringify({ ...f, topicOf: [...f.topicOf] })));
  return f;
}

async function fit(papers, seed) {
  const t0 = performance.now();
  const f = await fitTopics(papers, { k: 'auto', ...engine, seed, skipMap: true });
  const sizes = f.topics.map((t) => t.size);
  const topicOf = new Map(papers.map((p, i) => [p.id, f.labels[i]]));
  return { k: f.k, largest: r3(Math.max(...sizes) / papers.length), seconds: Math.round((performance.now() - t0) / 1000), curve: f.kScores, topicOf };
}

/** NMI of two fits over the papers both cover. */
function sharedNmi(a, b) {
  const x = [], y = [];
  for (const [id, t] of a.topicOf) if (b.topicOf.has(id)) (x.push(t), y.push(b.topicOf.get(id)));
  return nmi(x, y);
}

const rows = [];
const outFile = path.join(root, `bench/results/stability-${name}`);
for (const set of sets) {
  const { file, sample } = SETS[set];
  const { papers } = await readCorpus([file], sample ? { sample, seed: 42 } : {});
  const bySeed = [];
  for (const seed of seeds) {
    // --subsamples-only: the seed fits run elsewhere (another process with --cache).
    if (flag('subsamples-only', '') === 'yes') continue;
    bySeed.push(await cached(`${set}-seed${seed}`, () => fit(papers, seed)));
    console.error(`${set} seed ${seed}: k = ${bySeed.at(-1).k}, largest ${bySeed.at(-1).largest}, ${bySeed.at(-1).seconds} s`);
  }
  const bySub = [];
  for (let s = 0; s < subsamples; s++) {
    const keep = Array.from(sampleIndices(papers.length, Math.round(papers.length * 0.9), 1000 + s)).sort((a, b) => a - b);
    const picked = keep.map((i) => papers[i]);
    bySub.push(await cached(`${set}-sub${s}-seed${seeds[0]}`, () => fit(picked, seeds[0])));
    console.error(`${set} 90% subsample ${s}: k = ${bySub.at(-1).k}`);
  }
  const pairs = [];
  for (let a = 0; a < bySeed.length; a++) for (let b = a + 1; b < bySeed.length; b++) pairs.push(sharedNmi(bySeed[a], bySeed[b]));
  const ks = [...bySeed, ...bySub].map((f) => f.k);
  const mid = (Math.max(...ks) + Math.min(...ks)) / 2;
  const sortedK = [...ks].sort((a, b) => a - b);
  const median = sortedK.length % 2 ? sortedK[(sortedK.length - 1) / 2] : (sortedK[sortedK.length / 2 - 1] + sortedK[sortedK.length / 2]) / 2;
  rows.push({
    set, n: papers.length, seeds, kBySeed: bySeed.map((f) => f.k), kBySubsample: bySub.map((f) => f.k),
    kSpread: r3((Math.max(...ks) - Math.min(...ks)) / 2 / mid),
    // The done-when's ±20%: the farthest k from the median, as a share of it.
    kMedian: median, kSpreadMedian: r3(Math.max(...ks.map((k) => Math.abs(k - median))) / median),
    largestBySeed: bySeed.map((f) => f.largest),
    seedNmiMean: r3(pairs.reduce((s, v) => s + v, 0) / pairs.length), seedNmiMin: r3(Math.min(...pairs)),
    subsampleNmi: bySub.map((f) => r3(sharedNmi(bySeed[0], f))),
    secondsBySeed: bySeed.map((f) => f.seconds),
    curve: bySeed[0].curve,
  });
  console.error(JSON.stringify({ ...rows.at(-1), curve: undefined }));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(`${outFile}.json`, JSON.stringify({ date: new Date().toISOString(), node: process.version, engine, rows }, null, 2) + '\n');
}

const md = [
  `Stability of 'auto' k (${new Date().toISOString().slice(0, 10)}; k by seed ${seeds.join('/')}, then ${subsamples} 90% subsamples with seed ${seeds[0]})`,
  '',
  '| set | n | k by seed | k on 90% subsamples | spread (± of median) | largest topic | seed-to-seed NMI mean (min) | subsample NMI vs seed ' + seeds[0] + ' |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.set} | ${r.n} | ${r.kBySeed.join(', ')} | ${r.kBySubsample.join(', ')} | ${r.kMedian} ±${Math.round(r.kSpreadMedian * 100)}% | ${Math.round(Math.max(...r.largestBySeed) * 1000) / 10}% | ${r.seedNmiMean} (${r.seedNmiMin}) | ${r.subsampleNmi.join(', ')} |`),
  '',
  ...rows.map((r) => `${r.set}, seed ${seeds[0]}: ${r.curve?.[0]?.prior === undefined ? '' : `prior k = ${r.curve[0].prior}; `}stability ${r.curve?.map((p) => `${p.k}: ${r3(p.score)} ± ${r3(p.sd)}`).join(', ') ?? 'not computed (fixed k)'}`),
];
writeFileSync(`${outFile}.md`, md.join('\n') + '\n');
console.log(md.join('\n'));
