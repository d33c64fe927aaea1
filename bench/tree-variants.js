// Linkage variants for bench/tree.js, each a function of one fitted model's
// topics ({ k, sizes, ctfidf, umap, umapDim, lsa, lsaDim }) → merges.
import { agglomerate, averageLinkage, topicDistances } from '../dist/topics/index.js';

const terms = (f) => Array.from({ length: f.k }, (_, t) => f.ctfidf.vector(t));
const mix = (f, w) => topicDistances({ centroids: f.umap, dim: f.umapDim, termVectors: terms(f), centroidWeight: w });

function sqEuclid(x, dim, k) {
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) {
    let s = 0;
    for (let c = 0; c < dim; c++) s += (x[i * dim + c] - x[j * dim + c]) ** 2;
    out[i * k + j] = out[j * k + i] = s;
  }
  return out;
}
const scaled = (d) => { const m = Math.max(...d); return d.map((v) => v / m); };
const cosDist = (x, dim, k) => {
  const out = new Float64Array(k * k);
  const norm = (i) => Math.sqrt(x.slice(i * dim, (i + 1) * dim).reduce((a, v) => a + v * v, 0));
  const n = Array.from({ length: k }, (_, i) => norm(i));
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) {
    let s = 0;
    for (let c = 0; c < dim; c++) s += x[i * dim + c] * x[j * dim + c];
    out[i * k + j] = out[j * k + i] = 1 - s / (n[i] * n[j]);
  }
  return out;
};

/** Ward by Lance–Williams on the merge cost Δ = na·nb/(na+nb)·sq, sq a squared distance between sized items. */
export function ward(sq, sizes) {
  const k = sizes.length;
  const w = Array.from(sizes, (s) => Math.max(s, 1e-9));
  const cost = sq.map((v, ij) => (w[Math.floor(ij / k)] * w[ij % k]) / (w[Math.floor(ij / k)] + w[ij % k]) * v);
  return agglomerate(cost, w, (dao, dbo, dab, wa, wb, wo) => ((wa + wo) * dao + (wb + wo) * dbo - wo * dab) / (wa + wb + wo));
}

const add = (a, b, wa = 0.5) => a.map((v, i) => wa * v + (1 - wa) * b[i]);

export const VARIANTS = {
  // avg: the tree before 2026-12-07 (centroid weight 0.5); avg-w03 is today's default (TREE_CENTROID_WEIGHT).
  avg: (f) => averageLinkage(mix(f, 0.5), f.sizes),
  'avg-w03': (f) => averageLinkage(mix(f, 0.3), f.sizes),
  'avg-w07': (f) => averageLinkage(mix(f, 0.7), f.sizes),
  'avg-w09': (f) => averageLinkage(mix(f, 0.9), f.sizes),
  'avg-terms': (f) => averageLinkage(mix(f, 0), f.sizes),
  'avg-lsa': (f) => averageLinkage(cosDist(f.lsa, f.lsaDim, f.k), f.sizes),
  'avg-lsa-terms': (f) => averageLinkage(add(cosDist(f.lsa, f.lsaDim, f.k), mix(f, 0)), f.sizes),
  'ward-umap': (f) => ward(sqEuclid(f.umap, f.umapDim, f.k), f.sizes),
  'ward-mix': (f) => ward(add(scaled(sqEuclid(f.umap, f.umapDim, f.k)), mix(f, 0)), f.sizes),
  'ward-lsa': (f) => ward(sqEuclid(f.lsa, f.lsaDim, f.k), f.sizes),
  'ward-lsa-terms': (f) => ward(add(scaled(sqEuclid(f.lsa, f.lsaDim, f.k)), mix(f, 0)), f.sizes),
  'ward-terms': (f) => ward(mix(f, 0), f.sizes),
};
