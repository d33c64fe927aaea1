/**
 * The topic engine: text → TF-IDF → LSA → one shared kNN graph → UMAP 5-D
 * (clustering) and 2-D (map) → k-means → topic representation. A thin
 * composition of the stages; every stage is swappable on its own.
 */
import type { Paper } from '../corpus/index.js';
import { TextAnalyzer, type AnalyzedDocs } from '../text/index.js';
import { TfidfVectorizer, type CsrMatrix } from '../vectorize/index.js';
import { TruncatedSVD, l2NormalizeRows, nearestNeighbors, Umap, fitUmapsInParallel, type KnnGraph } from '../reduce/index.js';
import { MIN_RESTARTS, makeClusterer, type KCurvePoint } from '../cluster/index.js';
import { deriveSeed } from '../util/index.js';
import { StageClock } from '../util/index.js';
import { ENGINE_DEFAULTS, type EngineOptions, type ClustererParams } from '../model/index.js';
import { describeTopics } from './describe-topics.js';
import { clusterMeans } from '../topics/index.js';
import { mergeClusters } from '../topics/index.js';
import { checkEngineOptions, fitTermWeights, kRangeFor, tinyCorpusTfidf } from './fit-checks.js';
import { OptionError } from '../model/index.js';
import type { Topic } from '../topics/index.js';

/** What the engine learned about a corpus; plain data plus the fitted analyzer. */
export interface FittedTopics {
  analyzer: TextAnalyzer;
  docs: AnalyzedDocs;
  /** Topic of each paper (0 = largest topic). */
  labels: Int32Array;
  k: number;
  /** The auto-k criterion per k tried when k was 'auto' (`score`: clustering stability, mean pairwise ARI; higher is better). */
  kScores?: KCurvePoint[];
  /** The clusterer and the parameters it actually used (run.json `params.clusterer`). */
  clusterer: ClustererParams;
  /** Where k-means ran. */
  clusterOn: 'umap' | 'lsa';
  /** n × clusterDims clustering space and its k centroids. */
  clusterSpace: Float32Array;
  clusterDims: number;
  centroids: Float32Array;
  /** n × inputDims L2-normalised rows the kNN graph, UMAP and k-means started from: `lsa`, or the user's vectors (--embeddings). */
  inputSpace: Float32Array;
  inputDims: number;
  /** n × 2 map coordinates (empty when `skipMap`). */
  map: Float32Array;
  topics: Topic[];
  vocabularySize: number;
  /** LSA dimensions used. */
  svdComponents: number;
  /** Explained variance of the LSA components (sum). */
  lsaExplainedVariance: number;
  /** n × terms TF-IDF rows of the papers (L2-normalised). */
  X: CsrMatrix;
  /** The fitted vectorizer and SVD, and the n × svdComponents unit-length LSA rows: what `transform` starts from. */
  tfidf: TfidfVectorizer;
  svd: TruncatedSVD;
  lsa: Float32Array;
  /** min_dist of the clustering and map embeddings (their a, b curves follow from it). */
  minDist: { cluster: number; map: number };
  nNeighbors: number;
  /** The shared kNN graph over the LSA rows (absent when nothing needed it). */
  knn?: KnnGraph;
  /** With over-clustering: each paper's cluster before the merge (its sub-topic), 0..subK-1. */
  subLabels?: Int32Array;
  subK?: number;
}

/** The text a paper is analysed by: title and abstract, as the reference does. */
export function paperText(p: Paper): string {
  return `${p.title}. ${p.abstract}`;
}

/** Paper vectors in corpus order (n × dim), e.g. from `--embeddings`. */
export interface PaperVectors {
  data: Float32Array;
  dim: number;
}

export async function fitTopics(papers: readonly Paper[], options: EngineOptions = {}, clock = new StageClock(), vectors?: PaperVectors): Promise<FittedTopics> {
  const n = papers.length;
  checkEngineOptions(options, n);
  const seed = options.seed ?? ENGINE_DEFAULTS.seed;

  const analyzer = new TextAnalyzer(options.text);
  const docs = await clock.time('text', (progress) => analyzer.fitTransform(papers.map(paperText), (d, t) => progress.update(d, t)));

  const tfidf = new TfidfVectorizer({ ...tinyCorpusTfidf(n), ...options.tfidf });
  const X = await clock.time('tfidf', () => fitTermWeights(tfidf, docs.terms, analyzer.terms.length, options));

  const small = n < ENGINE_DEFAULTS.smallCorpus;
  const wanted = options.svdComponents ?? (small ? Math.max(10, Math.round(Math.sqrt(n))) : ENGINE_DEFAULTS.svdComponents);
  const nComponents = Math.min(wanted, n - 1, X.nCols - 1);
  const svd = new TruncatedSVD({
    nComponents,
    nIter: options.svdIter ?? ENGINE_DEFAULTS.svdIter,
    nOversamples: options.svdOversamples ?? ENGINE_DEFAULTS.svdOversamples,
    seed: deriveSeed(seed, 'svd'),
  });
  const lsa = await clock.time('svd', (progress) => l2NormalizeRows(svd.fitTransform(X, (d, t) => progress.update(d, t)), n, nComponents));
  // Vectors the user brings (--embeddings) replace the LSA rows as the space the kNN graph, UMAP
  // and k-means work in; labels stay c-TF-IDF on the text.
  if (vectors && vectors.data.length !== n * vectors.dim) throw new Error(`fitTopics: ${vectors.data.length / vectors.dim} vectors for ${n} papers`);
  const input = vectors ? await clock.time('embeddings', () => l2NormalizeRows(vectors.data.slice(), n, vectors.dim)) : lsa;
  const inputDims = vectors ? vectors.dim : nComponents;

  const clusterOn = options.clusterOn === undefined || options.clusterOn === 'auto' ? (small ? 'lsa' : 'umap') : options.clusterOn;
  const nNeighbors = Math.min(options.nNeighbors ?? ENGINE_DEFAULTS.nNeighbors, n - 1);
  // One kNN graph serves both UMAP runs; without UMAP there is nothing to build it for.
  const needsGraph = clusterOn === 'umap' || !options.skipMap;
  const knn = needsGraph
    ? await clock.time('knn', (progress) =>
      nearestNeighbors(input, n, inputDims, nNeighbors, { seed: deriveSeed(seed, 'knn'), nnDescent: { onProgress: (d, t) => progress.update(d, t) } }))
    : undefined;
  const clusterDims = clusterOn === 'lsa' ? inputDims : options.clusterDims ?? ENGINE_DEFAULTS.clusterDims;
  // min_dist 0 packs clusters tightly for k-means (BERTopic's setting); the map keeps 0.1 for legibility.
  const umap5 = { nComponents: clusterDims, nNeighbors, minDist: 0, seed: deriveSeed(seed, 'umap5') };
  const umap2 = { nComponents: 2, nNeighbors, minDist: 0.1, seed: deriveSeed(seed, 'umap2') };
  let clusterSpace: Float32Array = input;
  let map: Float32Array = new Float32Array(0);
  if (clusterOn === 'umap' && !options.skipMap) {
    // Both embeddings share the kNN graph and run on one worker thread each.
    [clusterSpace, map] = await clock.time('umap', (progress) =>
      fitUmapsInParallel(input, n, inputDims, knn!, [umap5, umap2], { onProgress: (done, total) => progress.update(done, total) }));
  } else if (clusterOn === 'umap') {
    clusterSpace = await clock.time('umap5', (progress) => new Umap(umap5).fitTransform(input, n, inputDims, knn, (d, t) => progress.update(d, t)));
  } else if (!options.skipMap) {
    map = await clock.time('umap2', (progress) => new Umap(umap2).fitTransform(input, n, inputDims, knn, (d, t) => progress.update(d, t)));
  }

  const wantedK = options.k ?? ENGINE_DEFAULTS.k;
  const overCluster = options.overCluster ?? ENGINE_DEFAULTS.overCluster;
  // 'auto' restarts were measured in the UMAP space (cluster/restarts.ts); a small corpus clustered in
  // LSA space keeps 5: on the 99-paper multilingual test corpus 20 put its 4 Arabic papers in an English topic.
  const nInit = options.kmeansInit ?? (clusterOn === 'umap' ? ENGINE_DEFAULTS.kmeansInit : MIN_RESTARTS);
  const clusterer = makeClusterer(options.clusterer ?? ENGINE_DEFAULTS.clusterer, { kRange: kRangeFor(n, options), nInit });
  const space = { X: clusterSpace, n, d: clusterDims, graph: knn && { indices: knn.indices, distances: knn.distances, m: knn.k }, seed: deriveSeed(seed, 'cluster') };
  // 'auto' chooses fine topics (its curve goes to the report) and keeps them: merging 30 clusters
  // down to auto's 12–14 on a 2,000-paper slice let one topic hold 21–26% of the papers. A k the
  // user asks for below `overCluster` is reached by over-clustering and merging along the tree.
  const chosen = wantedK === 'auto'
    ? await clock.time('choose-k', (progress) => clusterer.fit({ ...space, k: 'auto', onProgress: (d, t) => progress.update(d, t) }))
    : undefined;
  const target = chosen ? chosen.k : (wantedK as number);
  const overClustered = !chosen && overCluster > target && overCluster * ENGINE_DEFAULTS.overClusterMinPapers <= n;
  const clustered = overClustered || !chosen ? await clock.time('cluster', (progress) => clusterer.fit({ ...space, k: overClustered ? overCluster : target, onProgress: (d, t) => progress.update(d, t) })) : chosen;
  const merged = overClustered ? mergeClusters({ labels: clustered.labels, k: clustered.k, to: target, docTerms: docs.terms, nTerms: analyzer.terms.length, space: clusterSpace, dim: clusterDims }) : undefined;
  const k = merged ? target : clustered.k;
  const clusterLabels = merged ? merged.labels : clustered.labels;
  const centroids = merged ? clusterMeans(clusterSpace, clusterDims, clusterLabels, k) : clustered.centroids;

  const { topics, labels } = await clock.time('labels', () =>
    describeTopics({
      ids: papers.map((p) => p.id),
      analyzer,
      docTerms: docs.terms,
      labels: clusterLabels,
      k,
      clusterSpace,
      clusterDims,
      centroids,
      topTerms: options.topTerms ?? ENGINE_DEFAULTS.topTerms,
    }),
  );

  return {
    analyzer,
    docs,
    labels,
    k,
    kScores: (chosen ?? clustered).curve,
    clusterer: { name: clusterer.name, ...(chosen ?? clustered).params, ...(merged ? { overCluster, mergedTo: k } : {}) },
    clusterOn,
    clusterSpace,
    clusterDims,
    centroids,
    inputSpace: input,
    inputDims,
    map,
    topics,
    vocabularySize: X.nCols,
    svdComponents: nComponents,
    lsaExplainedVariance: sum(svd.explainedVarianceRatio ?? new Float64Array(0)),
    X,
    tfidf,
    svd,
    lsa,
    minDist: { cluster: umap5.minDist, map: umap2.minDist },
    nNeighbors,
    knn,
    ...(merged ? { subLabels: clustered.labels, subK: clustered.k } : {}),
  };
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
