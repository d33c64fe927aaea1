import { describe, expect, it } from 'vitest';
import { ABSTRACT_BOILERPLATE, ENGLISH_STOP_WORDS, TextAnalyzer, stemWord, surfaceWords } from '../../src/text/index.js';
import { loadSeed } from './seed.js';

const { texts } = loadSeed();
const analyzer = new TextAnalyzer();
const docs = analyzer.fitTransform(texts);
const stopWords = new Set([...ENGLISH_STOP_WORDS, ...ABSTRACT_BOILERPLATE]);
const surfaceOf = (stem: string) => analyzer.surfaces[analyzer.terms.indexOf(stem)];

describe('TextAnalyzer on the seed corpus', () => {
  it('finds corpus phrases such as "knowledge distillation"', () => {
    const phrases = analyzer.phrases.map((p) => analyzer.surfaces[p.term]);
    expect(phrases).toContain('knowledge distillation');
    expect(phrases).toContain('catastrophic forgetting');
    const kd = analyzer.phrases.find((p) => analyzer.surfaces[p.term] === 'knowledge distillation')!;
    const rawCount = texts.join(' ').match(/\bknowledge[\s-]+distill\w*/gi)!.length;
    expect(kd.count).toBe(rawCount);
    for (const p of analyzer.phrases) {
      expect(p.npmi).toBeGreaterThanOrEqual(0.3);
      expect(p.count).toBeGreaterThanOrEqual(3);
    }
  });

  it('displays each stem by its most frequent surface word, never the stem', () => {
    // Count the distil* words independently of the analyzer.
    const counts = new Map<string, number>();
    for (const w of texts.join(' ').toLowerCase().match(/\bdistil\w*/g)!) {
      if (stemWord(w) === 'distil') counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const mostFrequent = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    expect(surfaceOf('distil')).toBe(mostFrequent);
    expect(analyzer.surfaces).not.toContain('distil');
    for (let t = 0; t < analyzer.unigramCount; t++) expect(stemWord(analyzer.surfaces[t])).toBe(analyzer.terms[t]);
    expect(surfaceOf(stemWord('pretraining'))).toMatch(/^pre-?training$/);
  });

  it('keeps the hyphen of phrases written mostly hyphenated', () => {
    expect(analyzer.surfaces).toContain('fine-tuning');
    expect(analyzer.terms[analyzer.surfaces.indexOf('fine-tuning')]).toBe('fine tune');
  });

  it('never keeps stop words, boilerplate, numbers or one-letter words as terms', () => {
    for (const s of analyzer.surfaces) for (const w of surfaceWords(s)) {
      expect(stopWords.has(w), w).toBe(false);
      expect(w).toMatch(/[a-zà-ÿ]/);
      expect(w.length).toBeGreaterThan(1);
    }
  });

  it('writes terms as unigrams then phrase occurrences, and tokens with single breaks', () => {
    for (let d = 0; d < docs.tokens.length; d++) {
      const tokens = docs.tokens[d];
      expect(tokens[0]).not.toBe(-1);
      expect(tokens[tokens.length - 1]).not.toBe(-1);
      for (let i = 1; i < tokens.length; i++) expect(tokens[i] === -1 && tokens[i - 1] === -1).toBe(false);
      const unigrams = tokens.filter((t) => t >= 0);
      expect(Array.from(docs.terms[d].subarray(0, unigrams.length))).toEqual(Array.from(unigrams));
      for (const t of docs.terms[d].subarray(unigrams.length)) expect(t).toBeGreaterThanOrEqual(analyzer.unigramCount);
    }
  });

  it('is deterministic and transform matches fitTransform on the fitted texts', () => {
    const again = new TextAnalyzer().fit(texts);
    expect(again.terms).toEqual(analyzer.terms);
    expect(again.surfaces).toEqual(analyzer.surfaces);
    const re = again.transform(texts.slice(0, 5));
    expect(re.terms.map((t) => Array.from(t))).toEqual(docs.terms.slice(0, 5).map((t) => Array.from(t)));
  });
});

describe('TextAnalyzer on hand-made texts', () => {
  const words = (a: TextAnalyzer, seq: Int32Array) => Array.from(seq, (t) => (t < 0 ? '|' : a.surfaces[t])).join(' ');

  it('drops numbers, URLs and LaTeX math, keeps formatted prose', () => {
    const a = new TextAnalyzer({ phrases: false });
    const { tokens } = a.fitTransform([
      'Accuracy rose 3.5% on 1,000 scenes, see https://github.com/x/y and $\\mathcal{O}(n^2)$ \\cite{smith} for \\textbf{MeDSLIP} 3D.',
    ]);
    expect(words(a, tokens[0])).toBe('accuracy rose | scenes | medslip 3d');
  });

  it('does not bridge punctuation or removed words with phrases', () => {
    const texts = [
      'A dual-stream model. Streaming video.',
      'The dual stream model, streaming audio.',
      'Our dual-stream network; streaming text.',
      'A dual-stream encoder for the model streaming.',
    ];
    const a = new TextAnalyzer({ minCount: 2, minNpmi: -1 });
    a.fit(texts);
    const phrases = a.phrases.map((p) => a.terms[p.term]);
    expect(phrases).toContain('dual stream');
    expect(phrases).not.toContain('model stream');
    expect(a.surfaces[a.terms.indexOf('dual stream')]).toBe('dual-stream');
  });

  it('removes boilerplate phrases as a whole but keeps their words elsewhere', () => {
    const a = new TextAnalyzer({ phrases: false });
    const { tokens } = a.fitTransform(['A state-of-the-art state space model.', 'To the best of our knowledge, knowledge distillation works.']);
    expect(words(a, tokens[0])).toBe('state space model');
    expect(words(a, tokens[1])).toBe('knowledge distillation');
  });

  it('joins bound prefixes to their word, so both spellings are one term', () => {
    const a = new TextAnalyzer({ phrases: false });
    const { tokens } = a.fitTransform(['Pre-trained multi-modal models.', 'Pretrained multimodal models and re-identification.']);
    expect(tokens[0][0]).toBe(tokens[1][0]);
    expect(tokens[0][1]).toBe(tokens[1][1]);
    expect(a.surfaces).toContain('re-identification');
    expect(a.surfaces).not.toContain('pre');
  });

  it('treats words unseen in fit as breaks in transform', () => {
    const a = new TextAnalyzer({ phrases: false }).fit(['dual stream model', 'stream model']);
    expect(words(a, a.transform(['dual zebra stream model']).tokens[0])).toBe('dual | stream model');
  });
});
