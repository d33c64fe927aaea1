/** Rows of lineage.csv and novelty.csv (column names are public: documented in the README). */
import type { LineageRow, NoveltyGroup } from '../topics/index.js';

export const LINEAGE_COLUMNS = ['old_topic', 'new_topic', 'relation', 'similarity', 'shared_papers'] as const;
export const NOVELTY_COLUMNS = ['topic', 'size', 'label', 'top_terms', 'paper_ids'] as const;

export function lineageRows(rows: readonly LineageRow[]) {
  return rows.map((r) => ({
    old_topic: r.oldTopic ?? '',
    new_topic: r.newTopic ?? '',
    relation: r.relation,
    similarity: Math.round(r.similarity * 1000) / 1000,
    shared_papers: r.sharedPapers,
  }));
}

export function noveltyRows(groups: readonly NoveltyGroup[]) {
  return groups.map((g) => ({ topic: g.topic, size: g.size, label: g.label, top_terms: g.terms.join('; '), paper_ids: g.paperIds.join(' ') }));
}
