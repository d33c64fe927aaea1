/**
 * Papers the analyzer finds nothing in: every character is punctuation, a
 * number, a stop word or a script the tokenizer cannot split. Such papers have
 * an empty TF-IDF row and all land in one topic, so callers warn with the count,
 * and a corpus made only of them is a data error rather than an internal one.
 */
import { EXIT, UserError } from '../util/index.js';

/** Thrown by `TextAnalyzer.fit` when no text yields a single term. */
export class NoAnalysableTermsError extends UserError {
  constructor(readonly documents: number) {
    super(
      `none of the ${documents} papers has analysable terms (words of letters or digits other than stop words); ` +
        'check that --abstract-field / --title-field name the text columns',
      EXIT.data,
    );
    this.name = 'NoAnalysableTermsError';
  }
}

/** Indices of the documents with no term at all. */
export function documentsWithoutTerms(terms: readonly ArrayLike<number>[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < terms.length; i++) if (terms[i].length === 0) out.push(i);
  return out;
}
