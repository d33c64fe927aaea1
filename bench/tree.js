#!/usr/bin/env node
// The topic tree (issue #24): is it a chain, does it merge across fields, and
// what does `reduce` along it score at the label count? Reads saved run
// folders (model.json + model/cluster.f32 …), rebuilds the tree with each
// linkage variant on the same fitted topics, and prints one row per run × variant.
//
//   node bench/tree.js --runs DIR[:labels.jsonl:k],… [--variants avg,ward] [--name NAME]
// A run with a labels file is scored by NMI after `reduce` to k against its `label`
// field; every run by the chain measures and, where papers have categories, by the
// NMI of the cut at 10 and 20 groups against each paper's first category.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadModel } from '../dist/model/index.js';
import { loadEstimator, labelledTree, reduceTopics } from '../dist/estimator/index.js';
import { classTfidf, clusterMeans, cutTree } from '../dist/topics/index.js';
import { nmi } from '../dist/cluster/index.js';
import { treeShape } from '../dist/topics/index.js';
import { VARIANTS } from './tree-variants.js';
import { root, flag } from './args.js';

const runs = flag('runs', '').split(',').filter(Boolean).map((s) => {
  const [dir, labels, k] = s.split(':');
  return { dir, labels, k: Number(k) };
});
const variants = flag('variants', Object.keys(VARIANTS).join(',')).split(',');
const r3 = (x) => Math.round(x * 1000) / 1000;

function labelsOf(file) {
  const byId = new Map();
  for (const line of readFileSync(path.resolve(root, '../shared/data', file), 'utf8').split('\n')) if (line) {
    const r = JSON.parse(line);
    byId.set(r.id, r.label);
  }
  return byId;
}

const rows = [];
for (const run of runs) {
  const model = await loadModel(path.join(run.dir, 'model.json'));
  const state = await loadEstimator(run.dir);
  const k = model.topics.length;
  const slot = new Map(model.topics.map((t, i) => [t.id, i]));
  const rowOf = new Map(state.ids.map((id, r) => [id, r]));
  const docTopic = Int32Array.from(model.papers, (p) => slot.get(p.topic));
  const byState = new Int32Array(state.ids.length);
  model.papers.forEach((p, i) => (byState[rowOf.get(p.id)] = docTopic[i]));
  const fit = {
    k, sizes: model.topics.map((t) => t.size), docTopic,
    ctfidf: classTfidf(model.docTerms, docTopic, k, model.surfaces.length),
    umap: clusterMeans(state.cluster, state.clusterDims, byState, k), umapDim: state.clusterDims,
    lsa: clusterMeans(state.lsa, state.svdComponents, byState, k), lsaDim: state.svdComponents,
  };
  const truth = run.labels ? (() => { const l = labelsOf(run.labels); return model.papers.map((p) => l.get(p.id)); })() : null;
  const field = model.papers.map((p) => p.categories?.[0] ?? '');
  const hasFields = field.some((f) => f);
  for (const v of variants) {
    const merges = VARIANTS[v](fit);
    const tree = labelledTree(model, docTopic, fit.ctfidf, merges);
    const row = { run: path.basename(run.dir), k, variant: v, ...treeShape(tree) };
    if (hasFields) for (const n of [10, 20].filter((g) => g <= k)) {
      const { groupOfLeaf } = cutTree(tree, n);
      row[`fieldNmi${n}`] = r3(nmi(field, model.papers.map((p) => groupOfLeaf[p.topic])));
    }
    if (truth) {
      row.nmiFine = r3(nmi(truth, model.papers.map((p) => p.topic)));
      row.nmiReduced = r3(nmi(truth, reduceTopics({ ...model, hierarchy: tree }, run.k).papers.map((p) => p.topic)));
    }
    rows.push(row);
    console.error(JSON.stringify(row));
    if (flag('dump', '') === v) {
      mkdirSync('/tmp/treebench', { recursive: true });
      writeFileSync(`/tmp/treebench/${row.run}-${v}.json`, JSON.stringify(tree, null, 1));
    }
  }
}
const cols = Object.keys(rows[0] ?? {});
console.log(`| ${cols.join(' | ')} |\n|${cols.map(() => ' --- |').join('')}`);
for (const r of rows) console.log(`| ${cols.map((c) => r[c] ?? '').join(' | ')} |`);
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const out = path.join(root, 'bench/results', `tree-${flag('name', new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19))}.json`);
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2) + '\n');
console.error(`wrote ${out}`);
