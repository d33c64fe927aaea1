import { aliasTerms, findAbbreviations } from './abbreviations.js';
import { cutPhrases } from './cut-phrases.js';
import { stemWord } from './lexicon.js';
import type { Phrase } from './phrases.js';

/** What labels must know of the terms beyond their display forms; saved with a model (`labelTerms`). */
export interface LabelTerms {
  /** [abbreviation, expansion] term id pairs the corpus defines ("llms", "large language models"): one concept in a label. */
  aliases: [number, number][];
  /** Phrase term ids that are cut-off pieces of longer phrases ("multimodal large language"): features, never label words. */
  cut: number[];
}

/** The label terms of a fitted corpus: its abbreviation pairs and cut-off phrases (`found[k]` is term `unigramCount + k`). */
export function labelTermsOf(texts: readonly string[], found: readonly Phrase[], tokens: readonly Int32Array[], terms: readonly string[], unigramCount: number): LabelTerms {
  return {
    aliases: aliasTerms(findAbbreviations(texts), terms, unigramCount, stemWord),
    cut: cutPhrases(found, tokens, unigramCount).map((k) => unigramCount + k),
  };
}
