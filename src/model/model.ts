/**
 * The saved model (`model.json`): everything a report, the `trends` command,
 * a notebook or the dashboard needs to reload a run without recomputing the
 * embedding or the clustering. Columnar and compact, and free of timestamps so
 * the same input and seed give the same file.
 */
import { ModelError } from './errors.js';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../util/index.js';
import type { Paper } from '../corpus/index.js';
import type { ReadReport } from '../corpus/index.js';
import { TermIndex, decodeSequences, encodeSequences, type LabelTerms, type TermIndexJSON } from '../text/index.js';
import { validateModelJson } from './model-schema.js';
import type { Theme } from '../trends/index.js';
import type { DocumentRow, Topic } from '../topics/index.js';
import type { HierarchyNode, LineageRow, NoveltyGroup, TopicQuality } from '../topics/index.js';
import type { ModelParams } from './params.js';

/** One paper of a model: its metadata, topic and map position (no abstract: it is not needed to reload). */
export type ModelPaper = Omit<DocumentRow, 'topicLabel'> & {
  /** How clearly the paper belongs to its topic, in [0, 1] (1 = far nearer its own centroid than any other). */
  confidence?: number;
  /** Added by `update` and far from every topic centroid. */
  novel?: boolean;
  /** The topic before `reduce` merged it (papers keep their sub-topic). */
  subtopic?: number;
};

/** A model in memory. */
export interface TopicModel {
  /** Parameters of the run that built it (seed, k, options). */
  params: ModelParams;
  /** Inputs and reading statistics. */
  corpus: { inputs: string[]; read?: ReadReport };
  papers: ModelPaper[];
  topics: Topic[];
  /** The auto-k criterion per k tried when k was chosen automatically (`score`, higher is better; k-means: clustering stability). */
  kScores?: { k: number; score: number; [extra: string]: number }[];
  /** Display form of every term id (unigrams and phrases). */
  surfaces: string[];
  /** Abbreviation pairs the corpus defines and cut-off phrases: what labels fold and leave out (absent before issue #24). */
  labelTerms?: LabelTerms;
  /** Per paper: term ids (unigrams and phrases), for c-TF-IDF within any group of papers. */
  docTerms: Int32Array[];
  /** Which papers mention a word or phrase. */
  termIndex: TermIndex;
  /** Themes tracked by default. */
  themes: Theme[];
  /** Merge tree over the topics (hierarchy.csv). */
  hierarchy?: HierarchyNode[];
  /** How the topics relate to an earlier model's (run --align-to; lineage.csv). */
  lineage?: LineageRow[];
  /** Groups of novel papers proposed as new topics by update (novelty.csv). */
  novelty?: NoveltyGroup[];
  /** Topic coherence and diversity. */
  quality?: TopicQuality;
}

export const MODEL_VERSION = 2;

interface ModelJson {
  format: 'topictrends-model';
  version: typeof MODEL_VERSION;
  params: ModelParams;
  corpus: { inputs: string[]; read?: ReadReport };
  papers: {
    id: string[];
    title: string[];
    date: (string | null)[];
    categories: string[];
    source: (string | null)[];
    topic: number[];
    x: number[];
    y: number[];
    confidence?: (number | null)[];
    /** 1 for papers flagged novel by `update`. */
    novel?: number[];
    subtopic?: (number | null)[];
  };
  topics: Topic[];
  kScores?: { k: number; score: number; [extra: string]: number }[];
  surfaces: string[];
  labelTerms?: LabelTerms;
  docTerms: string;
  termIndex: TermIndexJSON;
  themes: Theme[];
  hierarchy?: TopicModel['hierarchy'];
  lineage?: TopicModel['lineage'];
  novelty?: TopicModel['novelty'];
  quality?: TopicModel['quality'];
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

export function modelToJson(model: TopicModel): ModelJson {
  const p = model.papers;
  return {
    format: 'topictrends-model',
    version: MODEL_VERSION,
    params: model.params,
    corpus: model.corpus,
    papers: {
      id: p.map((d) => d.id),
      title: p.map((d) => d.title),
      date: p.map((d) => d.date ?? null),
      // Space-joined: arXiv category codes never contain spaces.
      categories: p.map((d) => (d.categories ?? []).join(' ')),
      source: p.map((d) => d.source ?? null),
      topic: p.map((d) => d.topic),
      x: p.map((d) => round(d.x)),
      y: p.map((d) => round(d.y)),
      ...(p.some((d) => d.confidence !== undefined) ? { confidence: p.map((d) => d.confidence ?? null) } : {}),
      ...(p.some((d) => d.novel) ? { novel: p.map((d) => (d.novel ? 1 : 0)) } : {}),
      ...(p.some((d) => d.subtopic !== undefined) ? { subtopic: p.map((d) => d.subtopic ?? null) } : {}),
    },
    topics: model.topics,
    kScores: model.kScores,
    surfaces: model.surfaces,
    ...(model.labelTerms ? { labelTerms: model.labelTerms } : {}),
    docTerms: encodeSequences(model.docTerms),
    termIndex: model.termIndex.toJSON(),
    themes: model.themes,
    ...(model.hierarchy ? { hierarchy: model.hierarchy } : {}),
    ...(model.lineage ? { lineage: model.lineage } : {}),
    ...(model.novelty ? { novelty: model.novelty } : {}),
    ...(model.quality ? { quality: model.quality } : {}),
  };
}

export function modelFromJson(json: unknown, source = 'model.json'): TopicModel {
  const m = validateModelJson(json, source) as ModelJson;
  const c = m.papers;
  const papers: ModelPaper[] = c.id.map((id, i) => ({
    id,
    title: c.title[i],
    date: c.date[i] ?? undefined,
    categories: c.categories[i] ? c.categories[i].split(' ') : undefined,
    source: c.source[i] ?? undefined,
    topic: c.topic[i],
    x: c.x[i],
    y: c.y[i],
    ...(c.confidence && c.confidence[i] !== null ? { confidence: c.confidence[i]! } : {}),
    ...(c.novel?.[i] ? { novel: true } : {}),
    ...(c.subtopic && c.subtopic[i] !== null ? { subtopic: c.subtopic[i]! } : {}),
  }));
  const termIndex = TermIndex.fromJSON(m.termIndex);
  if (termIndex.docCount !== papers.length) throw new ModelError(`${source}: term index has ${termIndex.docCount} papers but the model has ${papers.length}.`);
  return {
    params: m.params,
    corpus: m.corpus,
    papers,
    topics: m.topics,
    kScores: m.kScores,
    surfaces: m.surfaces,
    ...(m.labelTerms ? { labelTerms: m.labelTerms } : {}),
    docTerms: decodeSequences(m.docTerms, papers.length),
    termIndex,
    themes: m.themes,
    ...(m.hierarchy ? { hierarchy: m.hierarchy } : {}),
    ...(m.lineage ? { lineage: m.lineage } : {}),
    ...(m.novelty ? { novelty: m.novelty } : {}),
    ...(m.quality ? { quality: m.quality } : {}),
  };
}

export async function saveModel(path: string, model: TopicModel): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(modelToJson(model)));
}

export async function loadModel(path: string): Promise<TopicModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ModelError(`Cannot read model ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ModelError(`${path}: not valid JSON (${(err as Error).message}).`);
  }
  return modelFromJson(json, path);
}

/** Model papers from the corpus papers, topic labels and 2-D map. */
export function modelPapers(papers: readonly Paper[], labels: Int32Array, map: Float32Array): ModelPaper[] {
  return papers.map((p, i) => ({
    id: p.id,
    title: p.title,
    date: p.date,
    categories: p.categories,
    source: p.source,
    topic: labels[i],
    // Rounded as model.json stores them, so a reloaded model writes the same documents.csv.
    x: map.length ? round(map[2 * i]) : 0,
    y: map.length ? round(map[2 * i + 1]) : 0,
  }));
}
