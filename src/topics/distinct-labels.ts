import { chooseLabelTerms, type LabelOptions } from './labels.js';
import type { LabelVocab } from './label-vocab.js';

/** Label terms whose concepts are compared between topics. */
export const LEAD_TERMS = 3;

/** The concepts of a label's first `LEAD_TERMS` terms. */
export function leadOf(terms: readonly number[], vocab: LabelVocab): string[] {
  return terms.slice(0, LEAD_TERMS).map((t) => vocab.canonOf(t));
}

/**
 * Label terms that share fewer than two lead concepts with each of `others`: a label
 * that would repeat one gives up its lower-ranked shared concept and takes its next
 * best term instead (kept as it was if that leaves too few terms).
 */
export function labelAvoiding(
  candidates: readonly { term: number; weight: number }[],
  vocab: LabelVocab,
  options: LabelOptions,
  others: readonly (readonly string[])[],
): number[] {
  const banned = new Set<string>(options.banned);
  let terms = chooseLabelTerms(candidates, vocab, options);
  for (let tries = 0; tries < 2 * LEAD_TERMS; tries++) {
    const lead = leadOf(terms, vocab);
    const clash = others.find((other) => lead.filter((c) => other.includes(c)).length >= 2);
    if (!clash) break;
    banned.add(lead.filter((c) => clash.includes(c)).at(-1)!);
    const next = chooseLabelTerms(candidates, vocab, { ...options, banned });
    if (next.length < Math.min(LEAD_TERMS, terms.length)) break;
    terms = next;
  }
  return terms;
}

/**
 * Label terms of every topic such that no two topics share two of their first
 * `LEAD_TERMS` concepts. With fine topics, neighbours have the same top words
 * (8 of 13 merged nodes on papers.jsonl were permutations of "llms, large
 * language models, …"); the label is what tells them apart. Topics are labelled
 * in order (largest first), each avoiding the leads of those before it.
 */
export function distinctLabelTerms(candidates: readonly (readonly { term: number; weight: number }[])[], vocab: LabelVocab, optionsOf: (g: number) => LabelOptions = () => ({})): number[][] {
  const leads: string[][] = [];
  return candidates.map((c, g) => {
    const terms = labelAvoiding(c, vocab, optionsOf(g), leads);
    leads.push(leadOf(terms, vocab));
    return terms;
  });
}
