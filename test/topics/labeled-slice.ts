/** A seeded slice of ../shared/data/labeled.jsonl with its LSA vectors and term sequences, shared by the structure tests. */
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { TextAnalyzer } from '../../src/text/index.js';
import { TfidfVectorizer } from '../../src/vectorize/index.js';
import { TruncatedSVD, l2NormalizeRows } from '../../src/reduce/index.js';
import { paperText } from '../../src/estimator/fit.js';
import type { Paper } from '../../src/corpus/types.js';
import { sharedData } from '../helpers/cli.js';

export interface LabeledSlice {
  papers: Paper[];
  /** True class of each paper (index into `classes`). */
  truth: Int32Array;
  classes: string[];
  analyzer: TextAnalyzer;
  docTerms: Int32Array[];
  lsa: Float32Array;
  dim: number;
}

export async function labeledSlice(file: string, sample: number, dim = 50): Promise<LabeledSlice> {
  const { papers } = await readCorpus([path.join(sharedData, file)], { sample, seed: 42 });
  const classes = [...new Set(papers.map((p) => String(p.extra?.label)))].sort();
  const truth = Int32Array.from(papers, (p) => classes.indexOf(String(p.extra?.label)));
  const analyzer = new TextAnalyzer();
  const docs = analyzer.fitTransform(papers.map(paperText));
  const X = new TfidfVectorizer().fitTransform(docs.terms, analyzer.terms.length);
  const lsa = l2NormalizeRows(new TruncatedSVD({ nComponents: dim, seed: 7 }).fitTransform(X), papers.length, dim);
  return { papers, truth, classes, analyzer, docTerms: docs.terms, lsa, dim };
}
