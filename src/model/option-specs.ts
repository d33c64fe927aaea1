/**
 * Every engine and trend option declared once: its flag, help, default and
 * constraint. The CLI builds its flags and `--help` from this table, and the
 * library validates options against it at its entry points (`fit`, trend
 * tables), so a notebook and the CLI accept exactly the same values and get
 * the same defaults. Adding an option is one row.
 */
import { z } from 'zod';
import { ENGINE_DEFAULTS, TREND_DEFAULTS } from './options.js';
import { OptionError } from './errors.js';
import { CLUSTERER_NAMES } from '../cluster/index.js';
import { BIN_UNITS } from '../trends/index.js';

export interface OptionSpec {
  /** Where the value goes in EngineOptions / TrendOptions, e.g. ['tfidf', 'maxDf']. */
  path: readonly (string | number)[];
  /** The CLI flag with its argument, e.g. '--max-df <x>'. */
  flag: string;
  help: string;
  /** The default as shown in --help (the library applies it; the CLI never sends defaults). */
  shown: string;
  /** The constraint, checked on values from the CLI and from library callers alike. */
  schema: z.ZodType;
  /** How the CLI turns the flag's text into a value (default: a number). */
  parse?: (raw: string) => unknown;
  /** The flag may be given many times: the option is the list of values, in the order given, each checked by `schema`. */
  repeatable?: boolean;
}

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.number().int().min(min).max(max);
const D = ENGINE_DEFAULTS;
const T = TREND_DEFAULTS;

export const ENGINE_SPECS: readonly OptionSpec[] = [
  { path: ['k'], flag: '--k <n|auto>', help: 'number of topics, or auto (about 0.3·√n fine topics, moved within ±15% to the most stable k)', shown: String(D.k), schema: z.union([z.literal('auto'), int(2)]), parse: (r) => (r === 'auto' ? r : Number(r)) },
  { path: ['kRange', 0], flag: '--k-min <n>', help: 'smallest k --k auto may choose', shown: String(D.kRange[0]), schema: int(2) },
  { path: ['kRange', 1], flag: '--k-max <n>', help: 'largest k --k auto may choose (capped at √(n/2) on small corpora)', shown: String(D.kRange[1]), schema: int(2) },
  { path: ['svdComponents'], flag: '--svd-components <n>', help: 'LSA dimensions (randomized truncated SVD)', shown: `${D.svdComponents}; √n below ${D.smallCorpus} papers`, schema: int(2, 1000) },
  { path: ['svdIter'], flag: '--svd-iter <n>', help: 'power iterations of the randomized SVD (12, with 30 oversamples, make the LSA subspace hold still across seeds; 4 is about 3× faster)', shown: String(D.svdIter), schema: int(0, 100) },
  { path: ['svdOversamples'], flag: '--svd-oversamples <n>', help: 'random directions the SVD samples beyond its components', shown: String(D.svdOversamples), schema: int(0, 500) },
  { path: ['nNeighbors'], flag: '--neighbors <n>', help: 'neighbours in the kNN graph shared by both UMAP runs (self included)', shown: String(D.nNeighbors), schema: int(2, 200) },
  { path: ['clusterOn'], flag: '--cluster-on <space>', help: 'where topics are found: auto, umap, lsa', shown: `auto: umap from ${D.smallCorpus} papers, lsa below`, schema: z.enum(['auto', 'umap', 'lsa']), parse: String },
  { path: ['clusterDims'], flag: '--cluster-dims <n>', help: 'UMAP dimensions of the clustering space', shown: String(D.clusterDims), schema: int(2, 50) },
  { path: ['clusterer'], flag: '--clusterer <name>', help: `clustering method: ${CLUSTERER_NAMES.join(', ')} (louvain: communities of the kNN graph, merged to k)`, shown: D.clusterer, schema: z.enum(CLUSTERER_NAMES), parse: String },
  { path: ['overCluster'], flag: '--over-cluster <n>', help: 'clusters found first, then merged along the topic tree down to k (0: cluster straight to k; needs 50 papers per cluster)', shown: String(D.overCluster), schema: int(0, 500) },
  { path: ['kmeansInit'], flag: '--kmeans-init <n|auto>', help: 'k-means restarts (best inertia wins), or auto: 40,000 / n papers, between 5 and 20', shown: `${D.kmeansInit}; 5 below ${D.smallCorpus} papers`, schema: z.union([z.literal('auto'), int(1, 100)]), parse: (r) => (r === 'auto' ? r : Number(r)) },
  { path: ['tfidf', 'minDf'], flag: '--min-df <n>', help: 'ignore terms in fewer papers than this (count, or fraction < 1)', shown: '2', schema: z.number().min(0).refine((v) => v < 1 || Number.isInteger(v), 'a count (≥ 1) must be an integer') },
  { path: ['tfidf', 'maxDf'], flag: '--max-df <x>', help: 'ignore terms in more papers than this (fraction, or count ≥ 1)', shown: '0.5; 0.6 below 200 papers', schema: z.number().gt(0) },
  { path: ['tfidf', 'maxFeatures'], flag: '--max-features <n>', help: 'keep at most this many terms, by document frequency', shown: '50000', schema: int(10) },
];

export const TREND_SPECS: readonly OptionSpec[] = [
  { path: ['bin'], flag: '--bin <unit>', help: 'time bin: auto, day, week, month, quarter, year (auto: finest of month/quarter/year with ≥ 20 papers per bin, week or day on a short corpus; at most 520 bins)', shown: String(T.bin), schema: z.enum(['auto', ...BIN_UNITS]), parse: String },
  { path: ['recent'], flag: '--recent <n>', help: 'growth test: the last n full bins …', shown: String(T.recent), schema: int(1, 520) },
  { path: ['baseline'], flag: '--baseline <n>', help: '… against the n bins before them', shown: String(T.baseline), schema: int(1, 520) },
  { path: ['alpha'], flag: '--alpha <p>', help: 'significance level of the growth tests (Benjamini–Hochberg)', shown: String(T.alpha), schema: z.number().gt(0).lt(1) },
  { path: ['minConfidence'], flag: '--min-confidence <x>', help: 'leave papers with topic confidence below x out of topic shares (they stay in documents.csv)', shown: String(T.minConfidence), schema: z.number().min(0).max(1) },
  { path: ['adjustBy'], flag: '--adjust-by <strata>', help: 'adjust shares and growth tests for the corpus mix: auto (primary category, else source), category, source, none', shown: T.adjustBy, schema: z.enum(['auto', 'category', 'source', 'none']), parse: String },
];

/** The long flag name of a spec ('--max-df'). */
export const flagName = (spec: OptionSpec) => spec.flag.split(' ')[0];

function get(obj: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string | number, unknown>)[k]), obj);
}

/** Check one option's value (each value of a repeatable one) against its spec; `shown` is what the user typed, for the message. */
function check(spec: OptionSpec, value: unknown, shown: unknown = value): void {
  const values = spec.repeatable && Array.isArray(value) ? value : [value];
  values.forEach((v, i) => {
    const r = spec.schema.safeParse(v);
    const got = spec.repeatable && Array.isArray(shown) ? shown[i] : shown;
    if (!r.success) throw new OptionError(flagName(spec), `${r.error.issues[0].message} (got ${JSON.stringify(got)})`);
  });
}

/** Check every option present in `options` against its spec; the first bad one throws an OptionError naming its flag. */
export function validateOptions(options: object, specs: readonly OptionSpec[]): void {
  for (const spec of specs) {
    const value = get(options, spec.path);
    if (value !== undefined) check(spec, value);
  }
}

/** Build an options object from raw flag texts (only flags given; a list for a repeatable flag), validated. */
export function optionsFromText(texts: Record<string, string | string[] | undefined>, specs: readonly OptionSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = texts[flagName(spec)];
    if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) continue;
    const parse = spec.parse ?? ((r: string) => (r.trim() === '' ? NaN : Number(r)));
    const value = Array.isArray(raw) ? raw.map(parse) : parse(raw);
    check(spec, value, spec.repeatable ? raw : value);
    let o = out as Record<string | number, unknown>;
    spec.path.slice(0, -1).forEach((k, i) => (o = (o[k] ??= typeof spec.path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>));
    o[spec.path[spec.path.length - 1]] = value;
  }
  return out;
}
