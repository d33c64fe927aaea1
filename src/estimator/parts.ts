import { ModelError } from '../model/index.js';
import { TruncatedSVD } from '../reduce/index.js';
import { TextAnalyzer } from '../text/index.js';
import { TfidfVectorizer } from '../vectorize/index.js';
import type { EstimatorState } from './state.js';
import type { CsrMatrix } from '../vectorize/index.js';
import type { TopicModel } from '../model/index.js';

/** The live objects `transform` runs, rebuilt from the plain state. */
export interface FittedParts {
  state: EstimatorState;
  analyzer: TextAnalyzer;
  tfidf: TfidfVectorizer;
  svd: TruncatedSVD;
  /** TF-IDF rows of the training papers, in state.ids order (novelty is measured against them). */
  reference: CsrMatrix;
}

/**
 * Rebuilt from the plain state and the model's term sequences: the training
 * papers' TF-IDF rows are recomputed (about 1 s for 52,852 papers) rather than
 * saved, which would add ~40 MB to the model folder.
 */
export function partsFromState(state: EstimatorState, model: Pick<TopicModel, 'papers' | 'docTerms'>, source = 'model'): FittedParts {
  const tfidf = TfidfVectorizer.fromState(state.tfidf);
  const row = new Map(model.papers.map((p, i) => [p.id, i]));
  const docs = state.ids.map((id) => {
    const i = row.get(id);
    if (i === undefined) throw new ModelError(`${source}: training paper ${id} of the saved estimator is not in model.json; the folder is inconsistent (re-run \`topictrends run\`).`);
    return model.docTerms[i];
  });
  return {
    state,
    analyzer: TextAnalyzer.fromState(state.analyzer),
    tfidf,
    svd: TruncatedSVD.fromComponents(state.components, state.svdComponents, state.tfidf.termIds.length),
    reference: tfidf.transform(docs),
  };
}
