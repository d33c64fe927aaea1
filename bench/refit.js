#!/usr/bin/env node
// Do topic ids survive a refit? On a seeded sample of papers.jsonl (--n, default 3,000; 0 = all):
//  1. ids kept: `run` (seed A), then `run --align-to` it under seed B, once keeping the old k (the
//     default) and once with --k auto: the share of papers whose topic id is unchanged;
//  2. update vs refit: split by date (earlier half, later half); `run` on the earlier half, `update`
//     with the later half; `run` on all papers under seeds A and B; NMI on the later papers between
//     update and refit A, against refit A vs refit B (the seed-to-seed NMI);
//  3. the ceiling of 2: `run` on the later half alone, NMI with refit A on those papers. A model that
//     has not seen the later papers with the earlier ones cannot be expected to beat a fit on them.
// Writes bench/results/refit-<name>.json and .md. Run `npm run build` first.
//
// --work DIR keeps the runs in DIR (not deleted) and reuses a run whose model.json is already there,
// so a change to `update` alone can be measured again without the four full refits.
//
// --split F: the share of papers, by date, the earlier model is fitted on (default 0.5, halves).
//
//   node bench/refit.js [--n 3000] [--seeds 42,1] [--split 0.5] [--name NAME] [--work DIR]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline, updatePipeline } from '../dist/pipeline/index.js';
import { readCorpus } from '../dist/corpus/index.js';
import { loadModel } from '../dist/model/index.js';
import { nmi } from '../dist/cluster/index.js';
import { root, flag } from './args.js';

const n = Number(flag('n', '3000'));
const [seedA, seedB] = flag('seeds', '42,1').split(',').map(Number);
const name = flag('name', `n${n || 'all'}`);
const work = flag('work', '');
const tmp = work ? (mkdirSync(work, { recursive: true }), path.resolve(work)) : mkdtempSync(path.join(tmpdir(), 'tt-bench-refit-'));
const r3 = (x) => Math.round(x * 1000) / 1000;
const log = (s) => console.error(`${new Date().toISOString().slice(11, 19)} ${s}`);

const { papers } = await readCorpus([path.join(root, '../shared/data/papers.jsonl')], n ? { sample: n, seed: 42 } : {});
papers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
const half = Math.floor(papers.length * Number(flag('split', '0.5')));
const write = (file, rows) => (writeFileSync(file, rows.map((p) => JSON.stringify({ id: p.id, title: p.title, abstract: p.abstract, date: p.date, categories: p.categories })).join('\n') + '\n'), file);
const all = write(path.join(tmp, 'all.jsonl'), papers);
const early = write(path.join(tmp, 'early.jsonl'), papers.slice(0, half));
const late = write(path.join(tmp, 'late.jsonl'), papers.slice(half));
const lateIds = papers.slice(half).map((p) => p.id);

const run = async (tag, inputs, engine, extra = {}) => {
  const saved = path.join(tmp, tag, 'model.json');
  if (work && existsSync(saved)) return loadModel(saved);
  const t0 = performance.now();
  const r = await runPipeline({ inputs: [inputs], engine, out: path.join(tmp, tag), report: false, ...extra });
  log(`${tag}: k = ${r.model.topics.length}, ${Math.round((performance.now() - t0) / 1000)} s`);
  return r.model;
};
const topicOf = (m) => new Map(m.papers.map((p) => [p.id, p.topic]));
const kept = (a, b) => {
  const ta = topicOf(a);
  return r3(b.papers.filter((p) => ta.get(p.id) === p.topic).length / b.papers.length);
};
const nmiOn = (ids, a, b) => {
  const [ta, tb] = [topicOf(a), topicOf(b)];
  return r3(nmi(ids.map((id) => ta.get(id)), ids.map((id) => tb.get(id))));
};

const A = await run('all-A', all, { seed: seedA });
const B = await run('all-B', all, { seed: seedB });
const alignedKeep = await run('aligned-keep-k', all, { seed: seedB }, { alignTo: path.join(tmp, 'all-A', 'model.json') });
const alignedAuto = await run('aligned-auto-k', all, { seed: seedB, k: 'auto' }, { alignTo: path.join(tmp, 'all-A', 'model.json') });
const E = await run('early', early, { seed: seedA });
const U = (await updatePipeline({ model: path.join(tmp, 'early', 'model.json'), inputs: [late], out: path.join(tmp, 'update'), report: false })).model;
log(`update: ${U.topics.length} topics`);
const L = await run('late', late, { seed: seedA });
const result = {
  date: new Date().toISOString(), node: process.version, n: papers.length, seeds: [seedA, seedB],
  k: { A: A.topics.length, B: B.topics.length, alignedKeep: alignedKeep.topics.length, alignedAuto: alignedAuto.topics.length, early: E.topics.length },
  idsKept: { keepK: kept(A, alignedKeep), autoK: kept(A, alignedAuto) },
  later: { papers: lateIds.length, updateVsRefit: nmiOn(lateIds, U, A), seedToSeed: nmiOn(lateIds, A, B), lateFitVsRefit: nmiOn(lateIds, L, A) },
};
result.k.late = L.topics.length;
result.later.ratio = r3(result.later.updateVsRefit / result.later.seedToSeed);
result.later.ceilingRatio = r3(result.later.lateFitVsRefit / result.later.seedToSeed);
if (!work) rmSync(tmp, { recursive: true, force: true });
const out = path.join(root, `bench/results/refit-${name}`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(`${out}.json`, JSON.stringify(result, null, 2) + '\n');
const md = [
  `Refits on ${papers.length} papers of papers.jsonl (${result.date.slice(0, 10)}; seeds ${seedA} → ${seedB})`,
  '',
  '| k (seed A, seed B, aligned keep-k, aligned --k auto, earlier half, later half) | ids kept, aligned refit keeping k | ids kept, aligned refit --k auto | NMI update vs refit (later half) | NMI refit seed A vs B (later half) | ratio | NMI fit on the later half alone vs refit | its ratio (the ceiling) |',
  '|---|---|---|---|---|---|---|---|',
  `| ${Object.values(result.k).join(', ')} | ${result.idsKept.keepK} | ${result.idsKept.autoK} | ${result.later.updateVsRefit} | ${result.later.seedToSeed} | ${result.later.ratio} | ${result.later.lateFitVsRefit} | ${result.later.ceilingRatio} |`,
];
writeFileSync(`${out}.md`, md.join('\n') + '\n');
console.log(md.join('\n'));
