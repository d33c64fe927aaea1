export { TextAnalyzer, type TextOptions, type AnalyzedDocs, type PhraseInfo, type AnalyzerState } from './analyzer.js';
export { findPhrases, defaultMinCount, defaultMinNpmi, type Phrase, type PhraseOptions } from './phrases.js';
export { PhraseMatcher } from './phrase-matcher.js';
export { Lexicon, stemWord, surfaceWords, joinWord, HYPHEN_BIT, SURFACE_MASK } from './lexicon.js';
export { normalizeText, scanTokens, SpanBuffer, BREAK, BOUND_PREFIXES } from './scan.js';
export { ENGLISH_STOP_WORDS, ABSTRACT_BOILERPLATE, STOP_PHRASES } from './stopwords.js';
export { TermIndex, type TermIndexJSON, type ThemeQuery } from './term-index.js';
export { parseQuery, type QuerySlot } from './query.js';
export { encodeSequences, decodeSequences } from './codec.js';
