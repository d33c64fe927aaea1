// Labels a person would write, checked on a real slice (4,000 papers of papers.jsonl, auto k: about
// 19 fine topics, the size prior's round(0.3·√4000)):
// abbreviations learned from the corpus and folded with their expansions, plurals folded,
// distinct leads across topics, no cut-off phrases, terms found in the representatives.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/index.js';
import { fitTopics, paperText } from '../../src/estimator/fit.js';
import { findAbbreviations } from '../../src/text/abbreviations.js';
import { CUT_SHARE } from '../../src/text/cut-phrases.js';
import { clusterMeans, labelVocab, LEAD_TERMS, representatives } from '../../src/topics/index.js';
import { haveShared, papersFile } from '../estimator/slices.js';

describe.skipIf(!haveShared)('labels on 4,000 papers of papers.jsonl', async () => {
  const { papers } = haveShared ? await readCorpus([papersFile], { sample: 4000, seed: 42 }) : { papers: [] };
  const fitted = haveShared ? await fitTopics(papers, { k: 'auto', seed: 42, skipMap: true }) : undefined;

  it('learns abbreviations from "expansion (ABBR)" in the texts, not from a list', () => {
    const found = findAbbreviations(papers.map(paperText));
    const long = (s: string) => found.find((a) => a.short === s)?.long.join(' ');
    console.log(found.slice(0, 40).map((a) => `${a.short}=${a.long.join(' ')}(${a.count})`).join(', '));
    expect(long('llm')).toBe('large language models');
    expect(found.length).toBeGreaterThan(20);
    // Every short form starts with its expansion's first initial and holds all initials in order ("dit" = diffusion transformer).
    for (const a of found) {
      expect(a.short[0]).toBe(a.long[0][0]);
      let at = 0;
      for (const w of a.long) expect((at = a.short.indexOf(w[0], at) + 1), `${a.short} = ${a.long.join(' ')}`).toBeGreaterThan(0);
    }
  });

  it('folds an abbreviation with its expansion and a plural with its singular into one concept', () => {
    const { analyzer } = fitted!;
    const vocab = labelVocab(analyzer.surfaces, analyzer.labelTerms);
    const id = (s: string) => analyzer.surfaces.indexOf(s);
    expect(analyzer.labelTerms.aliases.length).toBeGreaterThan(5);
    const llm = analyzer.labelTerms.aliases.find(([a]) => analyzer.surfaces[a] === 'llms')!;
    expect(analyzer.surfaces[llm[1]]).toBe('large language models');
    for (const [a, b] of analyzer.labelTerms.aliases) expect(vocab.canonOf(b)).toBe(vocab.canonOf(a));
    // Porter stems "bias" and "biases" apart (bia / bias); the label vocabulary does not.
    expect(id('bias')).toBeGreaterThanOrEqual(0);
    expect(id('biases')).toBeGreaterThanOrEqual(0);
    expect(vocab.canonOf(id('biases'))).toBe(vocab.canonOf(id('bias')));
    // Cut-off phrases stay terms (TF-IDF features) and are only kept out of labels.
    expect(analyzer.labelTerms.cut.length).toBeGreaterThan(0);
    for (const t of analyzer.labelTerms.cut) expect(t).toBeGreaterThanOrEqual(analyzer.unigramCount);
  });

  it('gives every topic a distinct lead: no two share two of their first three concepts', () => {
    const { analyzer, topics } = fitted!;
    const vocab = labelVocab(analyzer.surfaces, analyzer.labelTerms);
    const canonOf = new Map(analyzer.surfaces.map((s, t) => [s, vocab.canonOf(t)]));
    const leads = topics.map((t) => t.label.split(', ').slice(0, LEAD_TERMS).map((s) => canonOf.get(s)!));
    for (let a = 0; a < leads.length; a++) {
      expect(new Set(leads[a]).size, topics[a].label).toBe(leads[a].length);
      for (let b = a + 1; b < leads.length; b++) expect(leads[a].filter((c) => leads[b].includes(c)).length, `${topics[a].label} | ${topics[b].label}`).toBeLessThan(2);
    }
  });

  it('shows no cut-off phrase and only terms found in most of the representative papers', () => {
    const { analyzer, topics, docs, labels, clusterSpace, clusterDims } = fitted!;
    const vocab = labelVocab(analyzer.surfaces, analyzer.labelTerms);
    const termOf = new Map(analyzer.surfaces.map((s, t) => [s, t]));
    // The 10 papers nearest each topic's centroid (the 3 shown are the first of them). `labels` are
    // topic ids (largest first); the centroids are the topics' means, as describeTopics took them.
    const centroids = clusterMeans(clusterSpace, clusterDims, labels, topics.length);
    const nearest = representatives(clusterSpace, clusterDims, labels, centroids, 10);
    let terms = 0;
    let covered = 0;
    for (const topic of topics) {
      expect(Array.from(nearest[topic.id].subarray(0, 3), (d) => papers[d].id)).toEqual(topic.representativeIds);
      const reps = Array.from(nearest[topic.id], (d) => new Set(Array.from(docs.terms[d], (t) => vocab.canonOf(t))));
      for (const s of topic.label.split(', ')) {
        const t = termOf.get(s)!;
        terms++;
        if (2 * reps.filter((r) => r.has(vocab.canonOf(t))).length >= reps.length) covered++;
        else console.log(`not in most of the 10 nearest: ${s} (${topic.label})`);
        if (t < analyzer.unigramCount) continue;
        // A phrase is not the start of a longer one: no single word follows most of its occurrences.
        const words = phraseWords(analyzer, t);
        const n = words.length;
        const next = new Map<number, number>();
        let total = 0;
        for (const seq of docs.tokens) for (let i = 0; i + n <= seq.length; i++) {
          if (!words.every((w, j) => seq[i + j] === w)) continue;
          total++;
          if (i + n < seq.length && seq[i + n] >= 0) next.set(seq[i + n], (next.get(seq[i + n]) ?? 0) + 1);
        }
        expect(total, s).toBeGreaterThan(0);
        expect(Math.max(0, ...next.values()), s).toBeLessThanOrEqual(CUT_SHARE * total);
      }
    }
    console.log(topics.map((t) => `${t.id} (${t.size}): ${t.label}`).join('\n'));
    // The rule gives way only in a topic whose nearest papers share no candidate term; it then takes
    // the best-covered terms (every term was covered on this slice; on the stable branch's 19
    // unmerged topics one was not: "neural networks, temporal, …").
    expect(covered / terms).toBeGreaterThan(0.9);
  });
}, 900_000);

/** The unigram ids of a phrase term, as they appear in token sequences. */
function phraseWords(analyzer: { terms: string[]; unigramCount: number }, t: number): number[] {
  const ids = new Map(analyzer.terms.slice(0, analyzer.unigramCount).map((stem, i) => [stem, i]));
  return analyzer.terms[t].split(' ').map((s) => ids.get(s)!);
}
