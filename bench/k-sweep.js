// The --k-sweep mode of bench/quality.js, kept apart so each file stays short. Per set × split ×
// method × seed: one engine fit with k = auto, then the same clusterer at each fixed k on the same
// clustering space. Every clustering is scored by NMI, AMI and ARI against the labels: NMI alone
// drifts with k (issue #14: it fell monotonically, so "best fixed k" was always the smallest tried),
// AMI and ARI are corrected for chance and so comparable across k.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fitTopics } from '../dist/estimator/fit.js';
import { readCorpus } from '../dist/corpus/index.js';
import { makeClusterer, nmi, ami, ari } from '../dist/cluster/index.js';
import { deriveSeed } from '../dist/util/random.js';
import { mergeClusters } from '../dist/topics/merge-clusters.js';
import { ENGINE_DEFAULTS } from '../dist/model/options.js';
import { root } from './args.js';

export const METRICS = ['nmi', 'ami', 'ari'];
const score = (truth, labels) => ({ nmi: nmi(truth, labels), ami: ami(truth, labels), ari: ari(truth, labels) });

/** Runs the sweep, prints a table, writes bench/results/quality-<name>.json (rewritten after every row). */
export async function kSweep({ ks, sets, splits, methods, seeds, name, METHODS, splitFile }) {
  const sweep = [];
  const outFile = path.join(root, `bench/results/quality-${name}.json`);
  const save = () => {
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), node: process.version, seeds, ks, metrics: METRICS, sweep }, null, 2) + '\n');
  };
  for (const set of sets) {
    for (const split of splits) {
      const file = splitFile(set, split);
      const { papers } = await readCorpus([file]);
      const truth = papers.map((p) => String(p.extra?.label));
      for (const method of methods) {
        for (const seed of seeds) {
          const t0 = performance.now();
          const engine = { ...METHODS[method], k: 'auto', seed, skipMap: true };
          const fitted = await fitTopics(papers, engine);
          const clusterer = makeClusterer(engine.clusterer ?? 'kmeans', { nInit: 5 });
          const fitAt = (k) => clusterer.fit({ X: fitted.clusterSpace, n: papers.length, d: fitted.clusterDims, k, seed: deriveSeed(seed, 'cluster') });
          // Over-clustered methods: one fit at overCluster, merged along the topic tree to each k (as the engine does).
          const overCluster = engine.overCluster ?? ENGINE_DEFAULTS.overCluster;
          const over = overCluster > 0 && overCluster * ENGINE_DEFAULTS.overClusterMinPapers <= papers.length ? await fitAt(overCluster) : null;
          const byK = ks.map((k) => {
            if (!over || k >= overCluster) return fitAt(k);
            return mergeClusters({ labels: over.labels, k: over.k, to: k, docTerms: fitted.docs.terms, nTerms: fitted.analyzer.terms.length, space: fitted.clusterSpace, dim: fitted.clusterDims });
          });
          const fixed = await Promise.all(byK);
          const auto = score(truth, fitted.labels);
          const row = {
            method, set, split, seed, n: papers.length, labels: new Set(truth).size,
            autoK: fitted.k, autoNmi: auto.nmi, autoAmi: auto.ami, autoAri: auto.ari, curve: fitted.kScores,
            fixed: fixed.map((r, i) => ({ k: ks[i], ...score(truth, r.labels) })),
          };
          // Best fixed k of this seed under each metric (keys bestK / bestNmi kept from the earlier NMI-only output).
          for (const m of METRICS) {
            const best = row.fixed.reduce((a, b) => (b[m] > a[m] ? b : a));
            const cap = m[0].toUpperCase() + m.slice(1);
            row[m === 'nmi' ? 'bestK' : `best${cap}K`] = best.k;
            row[`best${cap}`] = best[m];
          }
          row.seconds = Math.round((performance.now() - t0) / 100) / 10;
          sweep.push(row);
          save();
          process.stderr.write(`${method} ${set}/${split} seed ${seed}: auto k ${row.autoK} NMI ${auto.nmi.toFixed(4)} AMI ${auto.ami.toFixed(4)} ARI ${auto.ari.toFixed(4)}; ` +
            `best k NMI ${row.bestK} AMI ${row.bestAmiK} ARI ${row.bestAriK} (${row.seconds} s); curve ${row.curve.map((p) => `${p.k}:${p.score.toFixed(3)}`).join(' ')}\n`);
        }
      }
    }
  }
  console.log('| method | set | split | seed | auto k | NMI / AMI / ARI at auto k | best k (NMI / AMI / ARI) | best NMI / AMI / ARI |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const f3 = (...xs) => xs.map((x) => x.toFixed(3)).join(' / ');
  for (const r of sweep) {
    console.log(`| ${r.method} | ${r.set} | ${r.split} | ${r.seed} | ${r.autoK} | ${f3(r.autoNmi, r.autoAmi, r.autoAri)} | ${r.bestK} / ${r.bestAmiK} / ${r.bestAriK} | ${f3(r.bestNmi, r.bestAmi, r.bestAri)} |`);
  }
  save();
  process.stderr.write(`wrote ${path.relative(root, outFile)}\n`);
}
