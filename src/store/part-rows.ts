/**
 * Rows of a transform part: one per paper, with its time bin precomputed so
 * the aggregation is a plain GROUP BY on every engine (week keys need ISO-week
 * arithmetic that engines spell differently).
 */
import { binKey, binStart, dayNumber } from '../trends/index.js';
import type { BinUnit } from '../trends/index.js';

/** What a part needs of a paper and its assignment. */
export interface AssignedPaper {
  id: string;
  title?: string;
  date?: string;
  categories?: string[];
  source?: string;
  topic: number;
  confidence?: number;
  x: number;
  y: number;
  /** Placed far from every topic by `update`. */
  novel?: boolean;
  /** The topic before `reduce` merged it. */
  subtopic?: number;
}

/** One row of a part (column types in tables/specs.ts `PART`). */
export interface PartRow {
  id: string;
  /** YYYY-MM-DD, '' when undated. */
  date: string;
  /** Bin key (2025-03, 2025-Q1, 2025, 2025-W07); '' when undated. */
  period: string;
  topic: number;
  confidence: number | null;
  x: number;
  y: number;
  /** Primary category, '' when none. */
  category: string;
  categories: string;
  source: string;
  /** So a server can list and search the papers of a part without the corpus. */
  title: string;
  novel: boolean;
  /** The topic before `reduce` merged it; the topic itself when never reduced (as in documents.csv). */
  subtopic: number;
}

/** The bin key of a YYYY-MM-DD date, '' for a missing or invalid one. */
export function periodKey(date: string | undefined, bin: BinUnit): string {
  if (!date) return '';
  const day = dayNumber(date.slice(0, 10));
  return Number.isNaN(day) ? '' : binKey(binStart(day, bin), bin);
}

export function partRows(papers: readonly AssignedPaper[], bin: BinUnit): PartRow[] {
  return papers.map((p) => ({
    id: p.id,
    date: p.date ?? '',
    period: periodKey(p.date, bin),
    topic: p.topic,
    confidence: p.confidence ?? null,
    x: p.x,
    y: p.y,
    category: p.categories?.[0] ?? '',
    categories: (p.categories ?? []).join(' '),
    source: p.source ?? '',
    title: p.title ?? '',
    novel: p.novel ?? false,
    subtopic: p.subtopic ?? p.topic,
  }));
}
