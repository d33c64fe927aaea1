#!/usr/bin/env node
// Reads a --k-sweep result (bench/k-sweep.js) and prints, per set × split: the best fixed k under
// NMI, AMI and ARI (mean over seeds), auto-k per seed with its scores, and what alternative auto-k
// rules would pick from the SAME recorded stability curves (no new fits), scored at that k.
//
//   node bench/k-sweep-report.js [bench/results/quality-autok-metrics.json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, args } from './args.js';

const file = args[0] ?? path.join(root, 'bench/results/quality-autok-metrics.json');
const { sweep } = JSON.parse(readFileSync(file, 'utf8'));
const METRICS = ['nmi', 'ami', 'ari'];
const mean = (xs) => xs.reduce((s, v) => s + v, 0) / xs.length;
const KMIN = 5; // ENGINE_DEFAULTS.kRange[0]
const f3 = (x) => (x === undefined ? '-' : x.toFixed(3));

/**
 * Rules choosing k from a stability curve [{ k, score, sd }] (sd = spread of the pairwise ARIs at that k).
 * `peak` is the engine's rule. `oneSd` is the 1-SE rule of Tibshirani's gap statistic transposed:
 * the smallest k whose stability is within one sd (at the peak) of the peak, because a smaller k is
 * simpler and the peak's lead over it is inside the noise of the measurement. `oneSe` uses the
 * standard error sd / √pairs instead (10 pairs of 5 rounds; the pairs share subsamples, so it is
 * optimistic about the noise).
 */
const peakOf = (curve) => curve.reduce((a, b) => (b.score > a.score ? b : a));
const RULES = {
  peak: (curve) => peakOf(curve).k,
  oneSd: (curve) => {
    const p = peakOf(curve);
    return curve.find((c) => c.score >= p.score - p.sd).k;
  },
  oneSe: (curve) => {
    const p = peakOf(curve);
    return curve.find((c) => c.score >= p.score - p.sd / Math.sqrt(10)).k;
  },
};

const groups = new Map();
const summary = [];
for (const r of sweep) {
  const key = `${r.method} ${r.set}/${r.split}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(r);
}
for (const [key, rows] of groups) {
  const labels = rows[0].labels;
  console.log(`\n## ${key} (${rows[0].n ?? '?'} papers, ${labels} labels, seeds ${rows.map((r) => r.seed).join('/')})\n`);
  // Mean over seeds at each fixed k, then the best k per metric.
  const ks = rows[0].fixed.map((f) => f.k);
  const meanAt = (k, m) => mean(rows.map((r) => r.fixed.find((f) => f.k === k)[m]));
  console.log(`| k | ${METRICS.map((m) => `${m.toUpperCase()} (mean)`).join(' | ')} |`);
  console.log(`| --- | ${METRICS.map(() => '---').join(' | ')} |`);
  for (const k of ks) console.log(`| ${k}${k === labels ? ' (labels)' : ''} | ${METRICS.map((m) => f3(meanAt(k, m))).join(' | ')} |`);
  console.log('\n| metric | best fixed k (mean over seeds) | value at best k | auto-k mean value | auto-k − best |');
  console.log('| --- | --- | --- | --- | --- |');
  // Also the best k inside the engine's auto range [5, 30]: no rule over the stability curve can go lower.
  const inRange = ks.filter((k) => k >= KMIN);
  for (const [label, pool] of [['', ks], [` (k ≥ ${KMIN})`, inRange]]) {
    for (const m of METRICS) {
      const best = pool.reduce((a, b) => (meanAt(b, m) > meanAt(a, m) ? b : a));
      const autoMean = mean(rows.map((r) => r[`auto${m[0].toUpperCase()}${m.slice(1)}`]));
      console.log(`| ${m.toUpperCase()}${label} | ${best} | ${f3(meanAt(best, m))} | ${f3(autoMean)} | ${f3(autoMean - meanAt(best, m))} |`);
    }
  }
  console.log('\n| seed | rule | k | NMI | AMI | ARI |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    for (const [name, rule] of Object.entries(RULES)) {
      const k = rule(r.curve);
      // The peak rule's scores are the engine's own auto-k fit; the others are read from the sweep at that k.
      const at = name === 'peak' ? { nmi: r.autoNmi, ami: r.autoAmi, ari: r.autoAri } : (r.fixed.find((f) => f.k === k) ?? {});
      console.log(`| ${r.seed} | ${name} | ${k} | ${f3(at.nmi)} | ${f3(at.ami)} | ${f3(at.ari)} |`);
      summary.push({ key, rule: name, k, ...at });
    }
  }
  console.log('\nStability curves (k: mean pairwise ARI ± sd):\n');
  for (const r of rows) console.log(`- seed ${r.seed}: ${r.curve.map((c) => `${c.k}: ${c.score.toFixed(3)} ± ${c.sd.toFixed(3)}`).join(', ')}`);
}

// One line per set × split and rule: the ks picked per seed and the mean scores there.
console.log('\n## Rules over the recorded curves, mean over seeds\n');
console.log('| set/split | rule | k per seed | NMI | AMI | ARI |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const key of groups.keys()) {
  for (const rule of Object.keys(RULES)) {
    const picked = summary.filter((s) => s.key === key && s.rule === rule);
    console.log(`| ${key} | ${rule} | ${picked.map((s) => s.k).join('/')} | ${METRICS.map((m) => f3(mean(picked.map((s) => s[m])))).join(' | ')} |`);
  }
}
