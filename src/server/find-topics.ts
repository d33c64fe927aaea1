/**
 * find_topics: the topics closest to a query (BERTopic's find_topics("distillation")).
 * Two scores, each one a reader can check: `share`, the fraction of the topic's papers
 * that mention the query (through the model's term index, so stems and phrases match as
 * in the term box), the ranking; and `similarity`, the cosine between the query's words
 * and the topic's c-TF-IDF words (0 when none of its top words is in the query).
 */
import type { TopicModel } from '../model/index.js';

export interface FoundTopic {
  id: number;
  label: string;
  /** Papers of the topic that mention the query. */
  papers: number;
  /** `papers` out of the topic's size. */
  share: number;
  similarity: number;
}

function wordCosine(words: readonly string[], terms: readonly { term: string; weight: number }[]): number {
  const asked = new Set(words);
  let dot = 0;
  let norm = 0;
  for (const t of terms) {
    norm += t.weight * t.weight;
    if (asked.has(t.term.toLowerCase())) dot += t.weight;
  }
  return norm > 0 && asked.size > 0 ? dot / Math.sqrt(norm * asked.size) : 0;
}

export function findTopics(model: TopicModel, query: string, limit: number): { query: string; papers: number; topics: FoundTopic[] } {
  const docs = model.termIndex.matchDocs(query);
  const perTopic = new Map<number, number>();
  for (const i of docs) perTopic.set(model.papers[i].topic, (perTopic.get(model.papers[i].topic) ?? 0) + 1);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const topics = model.topics
    .map((t) => {
      const papers = perTopic.get(t.id) ?? 0;
      return { id: t.id, label: t.label, papers, share: t.size ? papers / t.size : 0, similarity: wordCosine([query.toLowerCase(), ...words], t.terms) };
    })
    .filter((t) => t.papers > 0 || t.similarity > 0)
    .sort((a, b) => b.share - a.share || b.similarity - a.similarity || a.id - b.id)
    .slice(0, limit);
  return { query, papers: docs.length, topics };
}
