/**
 * `topictrends eval`: cluster a labelled corpus and score the clusters against
 * the labels (e.g. arXiv primary categories), as scikit-learn's text
 * clustering example does.
 */
import { readCorpus, type ReadOptions } from '../corpus/index.js';
import { ari, homogeneityCompletenessV, nmi, silhouette } from '../cluster/index.js';
import { deriveSeed } from '../util/index.js';
import { StageClock, peakRssMb, silentProgress, type Progress } from '../util/index.js';
import { fitTopics } from './fit.js';
import { ENGINE_DEFAULTS, type EngineOptions } from '../model/index.js';
import { qualityOf } from './structure.js';
import { classTfidf } from '../topics/index.js';
import { loadPaperVectors, type EmbeddingSource } from './embeddings.js';

export interface EvalOptions {
  inputs: string[];
  read?: ReadOptions;
  engine?: EngineOptions;
  /** Cluster on these vectors instead of LSA. Default: none. */
  embeddings?: EmbeddingSource;
  /** Field holding each paper's true class. Default 'label'. */
  labelField?: string;
  progress?: Progress;
}

export interface EvalResult {
  n: number;
  /** Papers without a label, left out of the scores (they are still clustered). */
  unlabeled: number;
  k: number;
  seed: number;
  labels: number;
  nmi: number;
  ari: number;
  homogeneity: number;
  completeness: number;
  v_measure: number;
  /** Mean silhouette in the clustering space (Euclidean, seeded sample of up to 10,000). */
  silhouette: number;
  /** Mean NPMI of each topic's top 10 terms over the corpus (BERTopic's evaluation), [-1, 1]. */
  coherence: number;
  /** Share of unique terms among the top 25 of all topics, [0, 1]. */
  diversity: number;
  seconds: Record<string, number>;
  peakRssMb: number;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const clock = new StageClock(options.progress ?? silentProgress);
  const field = options.labelField ?? 'label';
  const { papers } = await clock.time('read', () => readCorpus(options.inputs, options.read));
  const engine = { ...options.engine, skipMap: true };
  const vectors = options.embeddings ? await clock.time('read', () => loadPaperVectors(papers, options.embeddings!)) : undefined;
  const fitted = await fitTopics(papers, engine, clock, vectors);

  const truth: number[] = [];
  const pred: number[] = [];
  const classes = new Map<string, number>();
  papers.forEach((p, i) => {
    const value = p.extra?.[field] ?? (field === 'category' ? p.categories?.[0] : undefined);
    if (value === undefined || value === null || value === '') return;
    const key = String(value);
    if (!classes.has(key)) classes.set(key, classes.size);
    truth.push(classes.get(key)!);
    pred.push(fitted.labels[i]);
  });
  if (truth.length === 0) throw new Error(`No paper has a "${field}" field to evaluate against.`);
  const t = Int32Array.from(truth);
  const c = Int32Array.from(pred);
  const hcv = homogeneityCompletenessV(t, c);
  const seed = engine.seed ?? ENGINE_DEFAULTS.seed;
  const sil = silhouette(fitted.clusterSpace, papers.length, fitted.clusterDims, fitted.labels, { sampleSize: 10_000, seed: deriveSeed(seed, 'silhouette') });
  const quality = qualityOf(classTfidf(fitted.docs.terms, fitted.labels, fitted.k, fitted.analyzer.terms.length), fitted.docs.terms);
  return {
    n: papers.length,
    unlabeled: papers.length - truth.length,
    k: fitted.k,
    seed,
    labels: classes.size,
    nmi: r4(nmi(t, c)),
    ari: r4(ari(t, c)),
    homogeneity: r4(hcv.homogeneity),
    completeness: r4(hcv.completeness),
    v_measure: r4(hcv.vMeasure),
    silhouette: r4(sil),
    coherence: quality.coherence,
    diversity: quality.diversity,
    seconds: clock.seconds,
    peakRssMb: peakRssMb(),
  };
}
