import type { Command } from 'commander';
import type { EngineOptions } from '../../pipeline/options.js';
import { clusterers } from '../../cluster/registry.js';
import { decimal, integer, usage } from './parse.js';

export interface EngineFlags {
  k?: string;
  kMin?: string;
  kMax?: string;
  seed?: string;
  svdComponents?: string;
  neighbors?: string;
  minDf?: string;
  maxDf?: string;
  maxFeatures?: string;
  clusterer?: string;
}

/** Flags of the topic engine, shared by run and eval. (`--seed` comes with the corpus flags.) */
export function addEngineOptions(cmd: Command): Command {
  return cmd
    .option('--k <n|auto>', 'number of topics, or auto (most stable k over --k-min..--k-max: mean ARI between clusterings of subsamples)', 'auto')
    .option('--clusterer <name>', `clustering method: ${Object.keys(clusterers).join(' or ')} (graph communities of the kNN graph)`, 'kmeans')
    .option('--k-min <n>', 'smallest k tried by --k auto', '5')
    .option('--k-max <n>', 'largest k tried by --k auto', '30')
    .option('--svd-components <n>', 'LSA dimensions (randomized truncated SVD; below 1,000 papers the default is √n)')
    .option('--neighbors <n>', 'neighbours in the kNN graph shared by both UMAP runs', '15')
    .option('--min-df <n>', 'ignore terms in fewer papers than this (count, or fraction < 1)', '2')
    .option('--max-df <x>', 'ignore terms in more papers than this (fraction, or count >= 1)', '0.5')
    .option('--max-features <n>', 'keep at most this many terms, by document frequency', '50000');
}

export function engineOptionsFrom(flags: EngineFlags): EngineOptions {
  const k = flags.k === undefined || flags.k === 'auto' ? 'auto' : integer(flags.k, '--k', 2);
  const kMin = integer(flags.kMin ?? '5', '--k-min', 2);
  const kMax = integer(flags.kMax ?? '30', '--k-max', 2);
  if (kMin > kMax) usage(`--k-min ${kMin} is larger than --k-max ${kMax}`);
  const clusterer = flags.clusterer ?? 'kmeans';
  if (!Object.hasOwn(clusterers, clusterer)) usage(`--clusterer must be one of ${Object.keys(clusterers).join(', ')}, got '${clusterer}'`);
  return {
    clusterer,
    seed: integer(flags.seed ?? '42', '--seed', 0),
    k,
    kRange: [kMin, kMax],
    svdComponents: flags.svdComponents === undefined ? undefined : integer(flags.svdComponents, '--svd-components', 2, 1000),
    nNeighbors: integer(flags.neighbors ?? '15', '--neighbors', 2, 200),
    tfidf: {
      minDf: decimal(flags.minDf ?? '2', '--min-df', 0, Number.MAX_SAFE_INTEGER),
      maxDf: decimal(flags.maxDf ?? '0.5', '--max-df', 0, Number.MAX_SAFE_INTEGER),
      maxFeatures: integer(flags.maxFeatures ?? '50000', '--max-features', 10),
    },
  };
}
