import { describe, expect, it } from 'vitest';
import { ABSTRACT_BOILERPLATE, ENGLISH_STOP_WORDS, TextAnalyzer, surfaceWords } from '../../src/text/index.js';
import { chooseLabelTerms, describeTopics, labelVocab, representatives, topicLabel } from '../../src/topics/index.js';
import { loadSeed } from '../text/seed.js';

describe('labels', () => {
  const vocab = labelVocab(['distillation', 'knowledge distillation', 'teacher', 'student', 'knowledge', 'teacher-student', 'compression']);

  it('skips terms sharing a stem with a chosen one and prefers the phrase', () => {
    const cands = [0.05, 0.04, 0.03, 0.028, 0.02, 0.012, 0.01].map((weight, term) => ({ term, weight }));
    expect(topicLabel(cands, vocab)).toBe('knowledge distillation, teacher, student, compression');
    expect(topicLabel(cands, vocab, { phraseBias: 2 })).toBe('distillation, teacher, student, knowledge');
    expect(topicLabel(cands, vocab, { words: 2 })).toBe('knowledge distillation, teacher');
    // A heavy enough phrase replaces the word it contains, if it overlaps no other chosen term.
    cands[5].weight = 0.016;
    expect(topicLabel(cands, vocab, { words: 2 })).toBe('knowledge distillation, teacher-student');
    // Fewer than 4 terms remain once teacher, student and knowledge are redundant.
    expect(topicLabel(cands, vocab)).toBe('knowledge distillation, teacher-student, compression');
  });

  it('keeps generic single words (model, training, data) out of labels, but not phrases holding them', () => {
    const cands = [{ term: 0, weight: 1 }, { term: 1, weight: 0.9 }, { term: 2, weight: 0.8 }, { term: 3, weight: 0.5 }];
    const chosen = chooseLabelTerms(cands, labelVocab(['model', 'training', 'language model', 'streaming']));
    expect(chosen).toEqual([2, 3]);
  });

  it('never shows stop words even if a vocabulary contains them', () => {
    const cands = [{ term: 0, weight: 1 }, { term: 1, weight: 0.5 }];
    expect(chooseLabelTerms(cands, labelVocab(['proposed', 'streaming']))).toEqual([1]);
  });

  it('labels seed-corpus theme groups with distinct, stop-word-free surface words', () => {
    const { papers, texts } = loadSeed();
    const themes = [/distil/i, /continual|incremental/i, /diffusion/i, /stream/i];
    const labels = Int32Array.from(texts, (t) => themes.findIndex((re) => re.test(t)));
    const a = new TextAnalyzer();
    const d = a.fitTransform(texts);
    const embedding = new Float32Array(texts.length * 2).map((_, i) => (i % 2 ? labels[i >> 1] : (i >> 1) % 7));
    const out = describeTopics({ docIds: papers.map((p) => p.id), labels, nTopics: 4, docTerms: d.terms, vocab: labelVocab(a.surfaces, a.labelTerms), embedding, dim: 2 });
    const stop = new Set([...ENGLISH_STOP_WORDS, ...ABSTRACT_BOILERPLATE]);
    const sizes = out.topics.map((t) => t.size);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(sizes.reduce((s, x) => s + x, 0)).toBe(labels.filter((l) => l >= 0).length);
    for (const topic of out.topics) {
      const parts = topic.label.split(', ');
      expect(parts.length).toBe(4);
      const stems = parts.flatMap((p) => a.terms[a.surfaces.indexOf(p)].split(' '));
      expect(new Set(stems).size).toBe(stems.length);
      for (const w of parts.flatMap((p) => surfaceWords(p))) expect(stop.has(w), w).toBe(false);
      expect(topic.representativeIds).toHaveLength(3);
    }
    const byTheme = (re: RegExp) => out.topics[out.newId[themes.indexOf(re)]];
    expect(byTheme(themes[0]).terms[0].term).toMatch(/distil/);
    expect(byTheme(themes[2]).terms.map((t) => t.term).join(' ')).toMatch(/diffusion/);
    for (const [old, topic] of out.topics.map((t) => [Array.from(out.newId).indexOf(t.id), t] as const)) {
      for (const id of topic.representativeIds) expect(labels[papers.findIndex((p) => p.id === id)]).toBe(old);
    }
  });
});

describe('the label vocabulary', () => {
  it('folds plurals the vocabulary holds the singular of, abbreviations with their expansions, and nothing else', () => {
    const surfaces = ['bias', 'biases', 'bi', 'ideas', 'idea', 'studies', 'study', 'llms', 'large language models', 'language models', 'gas'];
    const v = labelVocab(surfaces, { aliases: [[7, 8]] });
    const canon = (s: string) => v.canonOf(surfaces.indexOf(s));
    expect(canon('biases')).toBe(canon('bias'));
    expect(canon('bias')).not.toBe(canon('bi'));
    expect(canon('ideas')).toBe(canon('idea'));
    expect(canon('studies')).toBe(canon('study'));
    expect(canon('large language models')).toBe(canon('llms'));
    expect(canon('language models')).not.toBe(canon('llms'));
    // An expansion overlaps its abbreviation, so a label never holds both.
    expect(v.atomsOf(8)).toContain(v.atomsOf(7)[0]);
  });

  it('takes only terms in the share of the representatives asked for (default half)', () => {
    const surfaces = ['kv cache', 'attention', 'tokens'];
    const cands = [{ term: 0, weight: 9 }, { term: 1, weight: 3 }, { term: 2, weight: 2 }];
    // 10 representatives: 'kv cache' in 3 of them, 'attention' in 8, 'tokens' in 6.
    const reps = Array.from({ length: 10 }, (_, i) => Int32Array.from([...(i < 3 ? [0] : []), ...(i < 8 ? [1] : []), ...(i >= 4 ? [2] : [])]));
    expect(chooseLabelTerms(cands, labelVocab(surfaces), { representatives: reps })).toEqual([1, 2]);
    expect(chooseLabelTerms(cands, labelVocab(surfaces), { representatives: reps, coverage: 0.3 })).toEqual([0, 1, 2]);
  });

  it('never shows a cut-off phrase, however heavy', () => {
    const surfaces = ['multimodal large language', 'multimodal', 'vision', 'benchmark'];
    const cands = [{ term: 0, weight: 9 }, { term: 1, weight: 3 }, { term: 2, weight: 2 }, { term: 3, weight: 1 }];
    expect(chooseLabelTerms(cands, labelVocab(surfaces), { words: 2 })[0]).toBe(0);
    expect(chooseLabelTerms(cands, labelVocab(surfaces, { cut: [0] }), { words: 2 })).toEqual([1, 2]);
  });
});

describe('representatives', () => {
  it('returns the docs nearest each centroid, nearest first, within the cluster', () => {
    const emb = Float32Array.from([0, 0, 1, 0, 5, 5, 0.2, 0, 9, 9, 0.1, 0.1]);
    const labels = Int32Array.from([0, 0, 1, 0, 1, -1]);
    const reps = representatives(emb, 2, labels, Float32Array.from([0, 0, 9, 9]), 2);
    expect(reps.map((r) => Array.from(r))).toEqual([[0, 3], [4, 2]]);
  });
});

describe('labels on labeled.jsonl grouped by arXiv category', () => {
  it('name each category by its subject, without the words every group shares', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { sharedData } = await import('../helpers/cli.js');
    const papers = fs
      .readFileSync(path.join(sharedData, 'labeled.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; title: string; abstract: string; label: string });
    const cats = [...new Set(papers.map((p) => p.label))].sort();
    const a = new TextAnalyzer();
    const d = a.fitTransform(papers.map((p) => `${p.title}. ${p.abstract}`));
    const labels = Int32Array.from(papers, (p) => cats.indexOf(p.label));
    const out = describeTopics({ docIds: papers.map((p) => p.id), labels, nTopics: cats.length, docTerms: d.terms, vocab: labelVocab(a.surfaces, a.labelTerms) });
    const labelOf = (cat: string) => out.topics[out.newId[cats.indexOf(cat)]].label;
    expect(labelOf('cs.SD')).toMatch(/audio|music|speech/);
    expect(labelOf('cs.CR')).toMatch(/attack|jailbreak|backdoor|security/);
    expect(labelOf('cs.GR')).toMatch(/render|mesh|3d|gaussian/);
    for (const t of out.topics) expect(t.label.split(', ')).not.toContain('models');
  });
});
