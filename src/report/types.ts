import type { ViewName } from '../charts/index.js';
import type { Topic } from '../topics/index.js';
import type { HierarchyNode, LineageRow, NoveltyGroup, TopicQuality } from '../topics/index.js';
import type { TrendPoint } from '../analysis/index.js';
import type { KeyFindings, WhatsNewWindows } from '../analysis/index.js';
import type { BurstRow, ChangeRow, MixShiftWarning, Period, SkippedStatistic } from '../trends/index.js';

/** A statistic the run could not compute; `id` places the note in its section. */
export interface ReportSkip extends SkippedStatistic {
  id: 'over-time' | 'growth-test' | 'bursts';
}

/** What a run read, what it kept, and how it was configured. */
export interface RunSummary {
  /** Report heading. Default "Topic trends report". */
  title?: string;
  /** Corpus input files or sources, as the user named them. */
  inputs: string[];
  /** First and last paper date, YYYY-MM-DD; absent when no paper is dated. */
  dateRange?: { start: string; end: string };
  counts: {
    read: number;
    kept: number;
    /** Rows dropped, by reason ("empty abstract": 12, "duplicate id": 3). */
    skipped: Record<string, number>;
  };
  /** Run parameters as shown to people: k, seed, bin, min_df, ... */
  parameters: Record<string, string | number | boolean | null>;
  /** Wall-clock seconds per stage, in stage order. Runs leave it empty (timings are in run.json), so reports compare byte for byte. */
  stageSeconds: Record<string, number>;
  /** ISO timestamp of the run. */
  generatedAt?: string;
}

/** Everything a reader should know before trusting a trend. */
export interface DataQuality {
  /** Bins the corpus covers only in part. */
  partialPeriods: Period[];
  mixShifts: MixShiftWarning[];
  /** Papers with no date: in topics, but in no trend. */
  undated: number;
  /** Anything else worth saying, one sentence each. */
  notes?: string[];
}

/** The input of `buildReportHtml`: tables of one run plus its rendered charts. */
export interface ReportData {
  summary: RunSummary;
  topics: Topic[];
  /** Rendered SVG markup by view; views missing here are left out of the report. */
  charts: Partial<Record<ViewName, string>>;
  /** Topic and theme changes between the two windows. */
  changes: ChangeRow[];
  bursts: BurstRow[];
  /** Statistics the corpus could not support, each shown as a note in its section. Default none. */
  skipped?: ReportSkip[];
  /** Adjustments to the trend settings worth a sentence (automatic finer bin, shrunk windows). */
  trendNotes?: string[];
  quality: DataQuality;
  /** Titles of each topic's representative papers, nearest the centre first, by topic id. */
  representativeTitles: Record<number, string[]>;
  /** A page per topic: share per bin with its interval, words per bin (absent: no topic pages). */
  topicPages?: { id: number; label: string; size: number; trend: TrendPoint[] }[];
  /** Adjusted risers and fallers and the caveats, shown first (absent: no block). */
  keyFindings?: KeyFindings;
  /** The last n bins against the n before (absent: no section). */
  whatsNew?: WhatsNewWindows;
  /** The topic tree, when the model has one. */
  hierarchy?: HierarchyNode[];
  /** Topic coherence and diversity, when the model has them. */
  topicQuality?: TopicQuality;
  /** Papers below `--min-confidence`, left out of topic shares (absent or 0: none). */
  lowConfidence?: { threshold: number; papers: number };
  /** How `--k auto` chose k: the curve it read (with the size prior) and the k it took; absent when k was given. */
  kChoice?: { k: number; reducedTo?: number; curve: { k: number; score: number; sd?: number; prior?: number }[] };
  /** How the topics relate to an earlier model's (run --align-to). */
  lineage?: LineageRow[];
  /** Novel papers added by updates: their count, and the groups proposed as new topics. */
  novelty?: { novelPapers: number; addedPapers: number; groups: NoveltyGroup[] };
}
