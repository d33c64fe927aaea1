/**
 * What the engine checks before it works: options against their declared
 * constraints, then against the corpus (k, document-frequency limits), so a
 * bad value is reported by its flag in a second, not as an internal error after
 * the embedding ran.
 */
import { ENGINE_SPECS, validateOptions } from '../model/index.js';
import { DataError, OptionError } from '../model/index.js';
import { ENGINE_DEFAULTS, type EngineOptions } from '../model/index.js';
import type { CsrMatrix, TfidfVectorizer } from '../vectorize/index.js';
import { NoTermsLeftError } from '../vectorize/index.js';

/** Fewest papers the engine clusters: 2 topics and a neighbour each. */
export const MIN_PAPERS = 5;

export function checkEngineOptions(options: EngineOptions, n: number): void {
  validateOptions(options, ENGINE_SPECS);
  if (n === 0) throw new DataError('No papers to analyse (every paper was skipped or filtered).');
  if (n < MIN_PAPERS) throw new DataError(`Only ${n} paper(s) to analyse; topics need at least ${MIN_PAPERS}.`);
  const k = options.k;
  if (typeof k === 'number' && k >= n) throw new OptionError('--k', `${k} topics need more than ${k} papers; the corpus has ${n}`);
  const minDf = options.tfidf?.minDf;
  if (minDf !== undefined && minDf >= 1 && minDf > n) throw new OptionError('--min-df', `${minDf} papers is more than the corpus's ${n}`);
  const [kMin, kMax] = [options.kRange?.[0], options.kRange?.[1]];
  if (kMin !== undefined && kMax !== undefined && kMin > kMax) throw new OptionError('--k-min', `${kMin} is larger than --k-max ${kMax}`);
}

/** TF-IDF fit with the failure explained in the user's terms: which limits removed every term. */
export function fitTermWeights(tfidf: TfidfVectorizer, docs: Int32Array[], nTerms: number, options: EngineOptions): CsrMatrix {
  let X: CsrMatrix | undefined;
  try {
    X = tfidf.fitTransform(docs, nTerms);
  } catch (err) {
    // The vectorizer's own wording is replaced below by the user's flags.
    if (!(err instanceof NoTermsLeftError)) throw err;
  }
  const terms = X?.nCols ?? 0;
  if (X && terms >= 2) return X;
  const limits = `terms must be in at least ${tfidf.minDf} and at most ${tfidf.maxDf} of the ${docs.length} papers`;
  if (options.tfidf?.minDf !== undefined || options.tfidf?.maxDf !== undefined) {
    throw new OptionError(options.tfidf?.minDf !== undefined ? '--min-df' : '--max-df', `${limits}, which leaves ${terms} term(s); loosen the limits`);
  }
  throw new DataError(`Only ${terms} term(s) are shared by enough papers to compare them (${limits}); the corpus is too small or its papers have no words in common.`);
}

/**
 * Range of k tried by 'auto'. On a small corpus every criterion keeps splitting until
 * topics are pairs of papers; cap k at the rule of thumb √(n/2) (89 papers → 7, 4,000 → 30 unchanged).
 */
export function kRangeFor(n: number, options: EngineOptions): [number, number] {
  const [kMin, kMax] = options.kRange ?? ENGINE_DEFAULTS.kRange;
  const cap = Math.max(2, Math.min(kMax, Math.ceil(Math.sqrt(n / 2))));
  return [Math.min(kMin, cap), cap];
}

/** On tiny corpora a 50% max-df and min-df 2 still work, but max-features never binds. */
export function tinyCorpusTfidf(n: number) {
  return n < 200 ? { minDf: 2, maxDf: 0.6 } : {};
}
