import { ABSTRACT_BOILERPLATE, ENGLISH_STOP_WORDS, surfaceWords } from '../text/index.js';
import type { LabelVocab } from './label-vocab.js';

export interface LabelOptions {
  /** Number of terms in a label. Default: 4. */
  words?: number;
  /**
   * MMR trade-off: score = (1 - diversity) * weight / maxWeight - diversity * similarity
   * to the closest chosen term. Default: 0.5.
   */
  diversity?: number;
  /**
   * Highest stem-Jaccard similarity a term may have with a chosen term. Default: 0,
   * i.e. two terms sharing any stem are redundant ("distillation", "distill",
   * "knowledge distillation"). Raise it to allow partial overlap.
   */
  maxSimilarity?: number;
  /**
   * A phrase that contains a chosen term (and overlaps no other) replaces it when
   * its weight is at least this fraction of that term's: "knowledge distillation"
   * says more than "distillation". Default: 0.5. Set above 1 to disable.
   */
  phraseBias?: number;
  /** Concepts (`LabelVocab.canon`) another topic's label already leads with; never chosen. */
  banned?: ReadonlySet<string>;
  /**
   * Term ids of the topic's representative papers. A term in fewer than half of them is
   * not chosen (unless none is; then those in the most): a label must describe the papers
   * shown under it, which "medical image" over remote-sensing papers did not.
   */
  representatives?: readonly Int32Array[];
  /** Share of `representatives` a label term must be in. Default: 0.5. */
  coverage?: number;
}

/**
 * Words that carry weight in clustering but say nothing as a label: every ML
 * topic has "model", "training" and "data". Filtered at the label stage only
 * (BERTopic users' most frequent complaint is such words in labels: #181, #405, #962).
 * A phrase containing one ("language model") is still allowed.
 */
export const GENERIC_LABEL_WORDS: ReadonlySet<string> = new Set([
  'model', 'models', 'modeling', 'modelling', 'learning', 'learn', 'training', 'trained', 'train', 'data', 'dataset', 'datasets',
  'task', 'tasks', 'feature', 'features', 'performance', 'network', 'networks', 'framework', 'frameworks', 'system', 'systems',
  'research', 'time', 'real', 'end', 'text', 'parameters', 'accuracy', 'algorithm', 'algorithms', 'problem', 'problems',
  'analysis', 'information', 'process', 'quality', 'work', 'study', 'studies', 'challenge', 'challenges', 'techniques', 'technique',
  'strategy', 'strategies', 'architecture', 'architectures', 'module', 'modules', 'mechanism', 'design', 'scale', 'large', 'deep',
]);

const STOP = new Set([...ENGLISH_STOP_WORDS, ...ABSTRACT_BOILERPLATE]);

/** A label candidate must not hold a stop word, nor be a single generic word. */
function labelWorthy(surface: string): boolean {
  const words = surfaceWords(surface);
  if (words.some((w) => STOP.has(w))) return false;
  return !(words.length === 1 && GENERIC_LABEL_WORDS.has(words[0]));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const s of a) if (b.includes(s)) shared++;
  return shared / (a.length + b.length - shared);
}

/**
 * Candidates whose concept is in at least half of the representatives. When none is (a topic
 * whose nearest papers share no candidate), those in the most representatives.
 */
function covering<C extends { term: number }>(pool: C[], vocab: LabelVocab, reps: readonly Int32Array[] | undefined, share: number): C[] {
  if (!reps || reps.length === 0 || pool.length === 0) return pool;
  const sets = reps.map((r) => new Set(Array.from(r, (t) => vocab.canonOf(t))));
  const count = pool.map((c) => sets.filter((s) => s.has(vocab.canonOf(c.term))).length);
  const floor = Math.min(Math.ceil(sets.length * share), Math.max(...count));
  return pool.filter((_, i) => count[i] >= floor);
}

/**
 * Pick distinct label terms by maximal marginal relevance. Similarity between
 * terms is the Jaccard index of their atoms (stems, plurals and abbreviations
 * folded: `LabelVocab`): it is what makes two label words say the same thing to
 * a reader, and it needs no vectors.
 * @param candidates terms with weights, e.g. `ClassTfidf.topTerms(g, 30)`.
 * @returns chosen term ids, in label order (heaviest first).
 */
export function chooseLabelTerms(candidates: readonly { term: number; weight: number }[], vocab: LabelVocab, options: LabelOptions = {}): number[] {
  const words = options.words ?? 4;
  const diversity = options.diversity ?? 0.5;
  const maxSimilarity = options.maxSimilarity ?? 0;
  const phraseBias = options.phraseBias ?? 0.5;
  const worthy = candidates.filter((c) => c.weight > 0 && labelWorthy(vocab.surfaces[c.term]) && !vocab.unshown.has(c.term) && !options.banned?.has(vocab.canonOf(c.term)));
  const pool = covering(worthy, vocab, options.representatives, options.coverage ?? 0.5).map((c) => ({ ...c, stems: vocab.atomsOf(c.term) }));
  if (pool.length === 0) return [];
  const maxWeight = Math.max(...pool.map((c) => c.weight));
  const chosen: typeof pool = [];
  const similarity = (c: (typeof pool)[number], except?: (typeof pool)[number]) =>
    Math.max(0, ...chosen.filter((x) => x !== except).map((x) => jaccard(c.stems, x.stems)));

  while (true) {
    const remaining = pool.filter((c) => !chosen.includes(c));
    // A phrase containing a chosen word takes its place rather than being dropped as redundant.
    const upgrade = remaining.find((c) =>
      chosen.some((x) => c.stems.length > x.stems.length && x.stems.every((s) => c.stems.includes(s)) && c.weight >= phraseBias * x.weight && similarity(c, x) <= maxSimilarity),
    );
    if (upgrade) {
      const replaced = chosen.findIndex((x) => x.stems.every((s) => upgrade.stems.includes(s)));
      chosen[replaced] = upgrade;
      continue;
    }
    if (chosen.length >= words) break;
    let best: (typeof pool)[number] | null = null;
    let bestScore = -Infinity;
    for (const c of remaining) {
      const sim = similarity(c);
      if (sim > maxSimilarity) continue;
      const score = (1 - diversity) * (c.weight / maxWeight) - diversity * sim;
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (!best) break;
    chosen.push(best);
  }
  return chosen.map((c) => c.term);
}

/** A short label from `chooseLabelTerms`: surface forms joined by ", ". */
export function topicLabel(candidates: readonly { term: number; weight: number }[], vocab: LabelVocab, options: LabelOptions = {}): string {
  return chooseLabelTerms(candidates, vocab, options)
    .map((t) => vocab.surfaces[t])
    .join(', ');
}
