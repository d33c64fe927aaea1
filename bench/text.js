// Tokenize + stem + find phrases on papers.jsonl; build and serialize the term index.
// Usage: npm run build && node bench/text.js [path/to/papers.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextAnalyzer, TermIndex } from '../dist/text/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? path.resolve(here, '../../shared/data/papers.jsonl');
const rows = [];
const time = (label, fn) => {
  const t0 = performance.now();
  const value = fn();
  rows.push({ step: label, ms: Math.round(performance.now() - t0) });
  return value;
};

const texts = time('read + parse JSONL', () =>
  fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const p = JSON.parse(line);
    return `${p.title}. ${p.abstract}`;
  }),
);
const analyzer = new TextAnalyzer();
const docs = time('fitTransform (tokenize, stem, phrases)', () => analyzer.fitTransform(texts));
time('transform 1,000 texts again', () => analyzer.transform(texts.slice(0, 1000)));
const index = time('TermIndex build', () => new TermIndex(analyzer.terms.slice(0, analyzer.unigramCount), docs.tokens));
const json = time('TermIndex toJSON + stringify', () => JSON.stringify(index.toJSON()));
const restored = time('TermIndex fromJSON', () => TermIndex.fromJSON(JSON.parse(json)));
const queries = ['knowledge distillation', 'mamba*', 'dual-stream', 'large language model', 'mixture of experts'];
const hits = time(`matchDocs x ${queries.length} queries`, () => queries.map((q) => `${q}: ${restored.matchDocs(q).length}`));

let tokens = 0;
for (const t of docs.tokens) for (let i = 0; i < t.length; i++) if (t[i] >= 0) tokens++;
console.table(rows);
console.log(`${texts.length} docs, ${tokens} word tokens, ${analyzer.unigramCount} unigram terms, ${analyzer.phrases.length} phrases`);
console.log(`serialized TermIndex: ${(json.length / 1e6).toFixed(2)} MB; hits: ${hits.join(', ')}`);
console.log('top phrases:', analyzer.phrases.slice(0, 40).map((p) => analyzer.surfaces[p.term]).join(', '));
