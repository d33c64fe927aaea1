#!/usr/bin/env node
// transform's neighbour search: exact (brute force) against the IVF index, on a saved model's LSA rows.
// Reference = the first --ref rows, queries = the next --queries rows (papers the reference has not seen).
// Prints ms per query and recall@k (share of the exact k neighbours the index finds) per nProbe.
//
//   node bench/knn-query.js [RUN_DIR=/tmp/full-run] [--ref 25000] [--queries 2000] [--probes 4,8,12,16,24]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { queryNeighbors } from '../dist/reduce/knn-query.js';
import { buildIvf, queryIvf } from '../dist/cluster/ivf.js';
import { args, flag } from './args.js';

const dir = args.find((a) => !a.startsWith('--') && !/^\d/.test(a)) ?? '/tmp/full-run';
const manifest = JSON.parse(readFileSync(path.join(dir, 'model/estimator.json'), 'utf8'));
const d = manifest.svdComponents;
const buf = readFileSync(path.join(dir, 'model', manifest.arrays.lsa.file));
const lsa = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
const n = lsa.length / d;
const nRef = Math.min(Number(flag('ref', '25000')), n - 1);
const nQ = Math.min(Number(flag('queries', '2000')), n - nRef);
const k = manifest.nNeighbors;
const probes = flag('probes', '4,8,12,16,24').split(',').map(Number);
const ref = lsa.subarray(0, nRef * d);
const queries = lsa.slice(nRef * d, (nRef + nQ) * d);

let t0 = performance.now();
const exact = queryNeighbors(ref, nRef, queries, nQ, d, k);
const exactMs = (performance.now() - t0) / nQ;
t0 = performance.now();
const index = buildIvf(ref, nRef, d, { seed: 1 });
const buildMs = performance.now() - t0;
const rows = [{ method: 'exact', 'ms / query': exactMs.toFixed(3), [`recall@${k}`]: '1.000', speedup: '1.0×' }];
for (const p of probes) {
  t0 = performance.now();
  const got = queryIvf(index, ref, queries, nQ, k, p);
  const ms = (performance.now() - t0) / nQ;
  let hit = 0;
  for (let i = 0; i < nQ; i++) {
    const truth = new Set(exact.indices.subarray(i * k, (i + 1) * k));
    for (const j of got.indices.subarray(i * k, (i + 1) * k)) if (truth.has(j)) hit++;
  }
  rows.push({ method: `ivf nProbe ${p}`, 'ms / query': ms.toFixed(3), [`recall@${k}`]: (hit / (nQ * k)).toFixed(3), speedup: `${(exactMs / ms).toFixed(1)}×` });
}
console.log(`${dir}: ${nRef.toLocaleString('en-US')} reference rows, ${nQ.toLocaleString('en-US')} queries, ${d}-D, k = ${k}; index: ${index.cells} cells built in ${Math.round(buildMs)} ms`);
console.table(rows);
