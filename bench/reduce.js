#!/usr/bin/env node
// Topic structure on the labelled sets: `reduce` from --from topics (default 30)
// down to the label count vs running with that k directly (NMI against the
// labels), the confidence figure (within each topic, does the more confident half
// carry the topic's majority label more often?) and coherence/diversity.
// Prints a table; writes JSON to bench/results/. Run `npm run build` first.
//
//   node bench/reduce.js [--seeds 42] [--from 30|auto] [--sets labeled.jsonl:10,labeled-recent.jsonl:7]
//        [--engine '{"svdIter":4,"svdOversamples":10}'] [--name NAME]
// --engine: more engine options for every fit (e.g. the SVD settings before they changed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline } from '../dist/pipeline/run.js';
import { reduceTopics } from '../dist/estimator/reduce-topics.js';
import { nmi } from '../dist/cluster/index.js';

import { root, args, flag } from './args.js';
const seeds = flag('seeds', '42').split(',').map(Number);
// --from auto: the fine topics of the default run (k = auto), reduced to the label count.
const from = flag('from', '30') === 'auto' ? 'auto' : Number(flag('from', '30'));
const sets = flag('sets', 'labeled.jsonl:10,labeled-recent.jsonl:7').split(',').map((s) => {
  const [file, k] = s.split(':');
  return { file, k: Number(k) };
});
const engine = JSON.parse(flag('engine', '{}'));
const tmp = mkdtempSync(path.join(tmpdir(), 'tt-bench-reduce-'));
const r3 = (x) => Math.round(x * 1000) / 1000;

async function fit(file, k, seed) {
  const input = path.join(root, '../shared/data', file);
  const res = await runPipeline({ inputs: [input], engine: { ...engine, k, seed }, out: path.join(tmp, `${file}-${k}-${seed}`), report: false });
  return res.model;
}

/** Read the label of each model paper from the corpus file (the model keeps no extra fields). */
async function labelsOf(file) {
  const { readFileSync } = await import('node:fs');
  const byId = new Map();
  for (const line of readFileSync(path.join(root, '../shared/data', file), 'utf8').split('\n')) if (line) {
    const r = JSON.parse(line);
    byId.set(r.id, r.label);
  }
  return byId;
}

function confidenceFigure(model, truth) {
  let hi = 0, lo = 0, nHi = 0, nLo = 0, topicsUp = 0;
  for (const t of model.topics) {
    const idx = model.papers.map((p, i) => i).filter((i) => model.papers[i].topic === t.id).sort((a, b) => model.papers[a].confidence - model.papers[b].confidence || a - b);
    const counts = new Map();
    for (const i of idx) counts.set(truth[i], (counts.get(truth[i]) ?? 0) + 1);
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const half = Math.floor(idx.length / 2);
    let h = 0, l = 0;
    idx.forEach((i, r) => (r < half ? (l += truth[i] === majority) : (h += truth[i] === majority)));
    topicsUp += h / (idx.length - half) > l / half ? 1 : 0;
    hi += h; lo += l; nHi += idx.length - half; nLo += half;
  }
  return { confidentHalf: r3(hi / nHi), otherHalf: r3(lo / nLo), topicsUp };
}

const rows = [];
for (const { file, k } of sets) {
  const labels = await labelsOf(file);
  for (const seed of seeds) {
    const big = await fit(file, from, seed);
    const direct = await fit(file, k, seed);
    const truth = big.papers.map((p) => labels.get(p.id));
    const reduced = reduceTopics(big, k);
    const score = (m) => r3(nmi(truth, m.papers.map((p) => p.topic)));
    rows.push({
      set: file, k, seed, from, kFrom: big.topics.length,
      nmiReduced: score(reduced), nmiDirect: score(direct), nmiFrom: score(big),
      coherenceDirect: direct.quality.coherence, diversityDirect: direct.quality.diversity,
      coherenceReduced: reduced.quality.coherence, diversityReduced: reduced.quality.diversity,
      confidence: confidenceFigure(direct, direct.papers.map((p) => labels.get(p.id))),
    });
    console.error(JSON.stringify(rows[rows.length - 1]));
  }
}
rmSync(tmp, { recursive: true, force: true });

console.log(`| set | k | seed | NMI at ${from} | NMI reduce ${from}→k | NMI direct k | coherence / diversity (direct) | coherence / diversity (reduced) | label agreement, confident half vs other half (topics up) |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.set} | ${r.k} | ${r.seed} | ${r.nmiFrom} | ${r.nmiReduced} | ${r.nmiDirect} | ${r.coherenceDirect} / ${r.diversityDirect} | ${r.coherenceReduced} / ${r.diversityReduced} | ${r.confidence.confidentHalf} vs ${r.confidence.otherHalf} (${r.confidence.topicsUp} of ${r.k}) |`);
}
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const out = path.join(root, 'bench/results', `reduce-${flag('name', new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19))}.json`);
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), from, seeds, engine, rows }, null, 2) + '\n');
console.error(`wrote ${out}`);
