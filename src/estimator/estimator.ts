/**
 * The topic model as a scikit-learn style estimator: `fit(papers)` learns
 * topics, `transform(papers)` places papers it has never seen (topic, distance,
 * confidence, novelty, map position), `save(dir)` / `TopicEstimator.load(dir)`
 * keep both the run's data (`model.json`) and what `transform` needs
 * (`model/`). The CLI, the server and the notebooks all use this one class.
 */
import { ModelError } from '../model/index.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Paper } from '../corpus/index.js';
import { fitTopics, type FittedTopics, type PaperVectors } from './fit.js';
import { loadModel, saveModel, modelPapers, type TopicModel } from '../model/index.js';
import { ENGINE_DEFAULTS, type EngineOptions } from '../model/index.js';
import { TermIndex } from '../text/index.js';
import { StageClock } from '../util/index.js';
import { stateFromFit } from './from-fit.js';
import { assignmentConfidence } from '../topics/index.js';
import { clusterMeans } from '../topics/index.js';
import { partsFromState, type FittedParts } from './parts.js';
import { place, type Placement, type PlacedBatch } from './place.js';
import { loadEstimator, saveEstimator } from './store.js';

/** Papers sorted by id: every seeded step then sees the same rows whatever the input order. */
export function sortById<T extends { id: string }>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export class TopicEstimator {
  /** The fitted transform state and its live parts (after `fit` or `load`). */
  parts?: FittedParts;
  /** The run's data: papers, topics, terms, term index (after `fit` or `load`). */
  model?: TopicModel;
  /** Everything the last `fit` computed (not saved; e.g. for eval and tests). */
  fitted?: FittedTopics;

  constructor(readonly options: EngineOptions = {}) {}

  /** Learn topics from papers. Papers are sorted by id first, so any order gives the same model. */
  async fit(papers: readonly Paper[], clock = new StageClock(), vectors?: PaperVectors): Promise<this> {
    const sorted = sortById(papers);
    const seed = this.options.seed ?? ENGINE_DEFAULTS.seed;
    // `vectors` (--embeddings) must be in `sorted` order; transform still places new papers by their text.
    const f = await fitTopics(sorted, this.options, clock, vectors);
    const state = stateFromFit(f, sorted.map((p) => p.id), seed);
    this.parts = { state, analyzer: f.analyzer, tfidf: f.tfidf, svd: f.svd, reference: f.X };
    this.fitted = f;
    // Confidence is measured in the space the papers came from (LSA, or --embeddings), not in UMAP's:
    // within a topic, the confident half carries the topic's majority category more often than the
    // other half, by 0.734 vs 0.667 and 0.713 vs 0.686 (labeled.jsonl, k = 10, seeds 42 and 1) and
    // 0.802 vs 0.673 (labeled-recent.jsonl, k = 7); the same ratio in the 5-D UMAP space gave 0.713 vs
    // 0.687, 0.683 vs 0.716 (reversed) and 0.776 vs 0.698: UMAP (min_dist 0) packs a topic tight.
    const inputCentroids = f.inputSpace === f.lsa ? state.lsaCentroids : clusterMeans(f.inputSpace, f.inputDims, f.labels, f.k);
    const confidence = assignmentConfidence(f.inputSpace, f.inputDims, f.labels, inputCentroids);
    const unigrams = f.analyzer.terms.slice(0, f.analyzer.unigramCount);
    this.model = {
      params: {
        seed,
        k: f.k,
        kRequested: this.options.k ?? ENGINE_DEFAULTS.k,
        svdComponents: f.svdComponents,
        clusterOn: f.clusterOn,
        nNeighbors: f.nNeighbors,
        clusterDims: f.clusterDims,
        clusterer: f.clusterer,
        vocabulary: f.vocabularySize,
        phrases: f.analyzer.phrases.length,
      },
      corpus: { inputs: [] },
      papers: modelPapers(sorted, f.labels, f.map).map((p, i) => ({ ...p, confidence: round3(confidence[i]) })),
      topics: f.topics,
      kScores: f.kScores,
      surfaces: f.analyzer.surfaces,
      labelTerms: f.analyzer.labelTerms,
      docTerms: f.docs.terms,
      termIndex: new TermIndex(unigrams, f.docs.tokens),
      themes: [],
    };
    return this;
  }

  /** Place papers the model has never seen (the model does not change). */
  transform(papers: readonly Paper[]): Placement[] {
    return this.transformBatch(papers).placements;
  }

  /** `transform` with the intermediate rows (terms, LSA, clustering space) that `update` builds on. */
  transformBatch(papers: readonly Paper[]): PlacedBatch {
    if (!this.parts) throw new Error('TopicEstimator: call fit() or load() before transform()');
    return place(this.parts, papers);
  }

  /** Write `dir/model.json` and `dir/model/`. Returns the files written, relative to dir. */
  async save(dir: string): Promise<string[]> {
    if (!this.parts || !this.model) throw new Error('TopicEstimator: nothing to save; call fit() first');
    await saveModel(path.join(dir, 'model.json'), this.model);
    return ['model.json', ...(await saveEstimator(dir, this.parts.state))];
  }

  /** Load a saved estimator from a run folder or its model.json. */
  static async load(target: string): Promise<TopicEstimator> {
    const file = (await isDirectory(target)) ? path.join(target, 'model.json') : target;
    const model = await loadModel(file);
    const state = await loadEstimator(path.dirname(file));
    if (state.ids.length > model.papers.length) throw new ModelError(`${file}: the saved estimator has ${state.ids.length} training papers but the model only ${model.papers.length}; the folder is inconsistent (re-run \`topictrends run\`).`);
    const est = new TopicEstimator({ seed: state.seed });
    est.model = model;
    est.parts = partsFromState(state, model, file);
    return est;
  }
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
