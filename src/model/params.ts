/**
 * What model.json and run.json record under `params`: the options the fit resolved (after defaults
 * and small-corpus rules), plus what later commands added. One type, so a reader of `params` knows
 * what it may find; the schema (model-schema.ts) still lets older files through with extra keys.
 */

/** The clusterer and the parameters it actually used. */
export interface ClustererParams {
  name: string;
  overCluster?: number;
  mergedTo?: number;
  [key: string]: unknown;
}

/** One `update` of the model: papers added, of which novel, and new topics made of novel papers. */
export interface UpdateRecord {
  added: number;
  novel: number;
  newTopics: number;
}

export interface ModelParams {
  seed?: number;
  /** The k used, and the k asked for ('auto' or a number). */
  k?: number;
  kRequested?: number | 'auto';
  svdComponents?: number;
  clusterOn?: string;
  nNeighbors?: number;
  clusterDims?: number;
  clusterer?: ClustererParams;
  /** Terms kept after document-frequency pruning, and phrases found. */
  vocabulary?: number;
  phrases?: number;
  /** Set by `--embeddings`: the file of vectors used instead of LSA. */
  embeddings?: string;
  /** Set by `reduce`: the k it merged from. */
  reducedFrom?: number;
  /** Set by `--align-to`: the earlier model's inputs. */
  alignedTo?: string[];
  /** Set by `update`, one record a call. */
  updates?: UpdateRecord[];
  /** Set on scaled runs. */
  fitSample?: number;
  threshold?: number;
  bin?: string;
  workers?: number;
  /** Papers placed by the transform on a scaled run. */
  transformed?: number;
  /** What a carried-over curation left for a person to check (curation.json `notes`; see curated-names.ts). */
  curationNotes?: string[];
}
