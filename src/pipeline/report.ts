/** From a model and its trend tables to chart specs and the HTML report. */
import { chartsForRun, themeColors, type RunCharts, type VegaLiteSpec, type ViewName } from '../charts/index.js';
import { writeReport, type ReportData, type WrittenReport } from '../report/index.js';
import { visibleTopics, type TopicModel, type ModelParams } from '../model/index.js';
import type { TrendTables } from '../analysis/index.js';
import type { DocumentRow } from '../topics/index.js';
import { keyFindings, topicTrendPoints } from '../analysis/index.js';
import { whatsNewWindows, type WhatsNewWindows } from '../analysis/index.js';
import { segmentBinning } from '../analysis/index.js';
import type { SkipId } from '../analysis/index.js';

/** Views that show nothing useful when a statistic is skipped: drawn neither in the report nor as charts/ files. */
const VIEWS_OF_SKIP: Record<SkipId, ViewName[]> = {
  'over-time': ['topics-over-time', 'topics-over-time-lines', 'topic-heatmap', 'theme-trends', 'category-trends'],
  'growth-test': ['emerging-declining'],
  bursts: [],
};

/** The views `run` and `report` draw for these tables: all but those of skipped statistics. */
export function reportSpecs(model: TopicModel, trends: TrendTables): Partial<Record<ViewName, VegaLiteSpec>> {
  const skip = new Set(trends.skipped.flatMap((s) => VIEWS_OF_SKIP[s.id]));
  // A tree of fewer than 3 nodes (one or two topics) has nothing to draw.
  if ((model.hierarchy?.length ?? 0) < 3) skip.add('topic-dendrogram');
  return Object.fromEntries(Object.entries(chartSpecs(model, trends)).filter(([view]) => !skip.has(view as ViewName)));
}

/** The tables the charts are drawn from. */
export function runCharts(model: TopicModel, trends: TrendTables): RunCharts {
  // Hidden topics (curate --hide) and their papers leave the charts.
  const topics = visibleTopics(model);
  const labels = new Map(topics.map((t) => [t.id, t.label]));
  const documents: DocumentRow[] = model.papers.filter((p) => labels.has(p.topic)).map((p) => ({ ...p, topicLabel: labels.get(p.topic)! }));
  return {
    topics,
    documents,
    periods: trends.periods,
    topicTrends: trends.topicTrends,
    themeTrends: trends.themeTrends,
    changes: trends.emergence.rows,
    bursts: trends.bursts,
    categoryTrends: trends.categoryTrends,
    shifts: trends.warnings,
    hierarchy: model.hierarchy,
  };
}

/** Every view's Vega-Lite spec (on a one-bin corpus the over-time views are valid but nearly empty; see `reportSpecs`). */
export function chartSpecs(model: TopicModel, trends: TrendTables): Record<ViewName, VegaLiteSpec> {
  // Theme lines in the dashboard's colours (charts/palette.ts), not the scheme's order of the moment.
  return chartsForRun(runCharts(model, trends), { themeTrends: { colors: themeColors(model.themes.map((t) => t.name)) } });
}

export interface ReportContext {
  title?: string;
  /**
   * Seconds per stage. `run` leaves it out: timings live in run.json so that
   * report.html is byte-identical between runs of the same input and seed.
   */
  stageSeconds?: Record<string, number>;
  parameters?: Record<string, string | number | boolean | null>;
  /** Charts drawn so far out of all, for the progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export function reportData(model: TopicModel, trends: TrendTables, ctx: ReportContext = {}): Omit<ReportData, 'charts'> {
  const dates = model.papers.map((p) => p.date).filter((d): d is string => Boolean(d)).sort();
  const read = model.corpus.read;
  const byId = new Map(model.papers.map((p) => [p.id, p.title]));
  const notes: string[] = [];
  if (read && read.read !== read.kept) notes.push(`${read.read - read.kept} of ${read.read} input rows were not analysed (see the counts by reason above).`);
  return {
    summary: {
      title: ctx.title,
      inputs: model.corpus.inputs,
      dateRange: dates.length ? { start: dates[0], end: dates[dates.length - 1] } : undefined,
      counts: {
        read: read?.read ?? model.papers.length,
        kept: read?.kept ?? model.papers.length,
        skipped: { ...(read?.skipped ?? {}), ...prefixed('filtered: ', read?.filtered ?? {}) },
      },
      parameters: ctx.parameters ?? flatParams(model.params, trends),
      stageSeconds: ctx.stageSeconds ?? {},
    },
    topics: model.topics,
    changes: trends.emergence.rows,
    bursts: trends.bursts,
    skipped: trends.skipped.map(({ id, what, reason }) => ({ id, what, reason })),
    trendNotes: trends.notes,
    quality: {
      partialPeriods: trends.periods.filter((p) => p.partial),
      mixShifts: trends.warnings,
      undated: trends.undated,
      notes,
    },
    hierarchy: model.hierarchy,
    topicQuality: model.quality,
    lowConfidence: trends.lowConfidence,
    representativeTitles: Object.fromEntries(model.topics.map((t) => [t.id, t.representativeIds.map((id) => byId.get(id) ?? id)])),
    topicPages: model.topics.map((t) => ({ id: t.id, label: t.label, size: t.size, trend: topicTrendPoints(trends.topicTrends, trends.periods, [t.id]) })),
    keyFindings: keyFindings(trends.emergence.rows, trends.warnings, trends.periods, trends.strata),
    ...whatsNewOf(model, trends),
    ...kChoiceOf(model),
    ...(model.lineage ? { lineage: model.lineage } : {}),
    ...(model.params.updates
      ? { novelty: { novelPapers: model.papers.filter((p) => p.novel).length, addedPapers: sumAdded(model.params.updates), groups: model.novelty ?? [] } }
      : {}),
  };
}

/** The auto-k curve and the k it chose (the fit's k: before any `reduce`). */
function kChoiceOf(model: TopicModel): Pick<ReportData, 'kChoice'> {
  if (!model.kScores?.length) return {};
  // The clusterer records the k it fitted; `reduce` and `update` change the topics, not that.
  const fitted = model.params.clusterer?.k;
  const k = typeof fitted === 'number' ? fitted : model.topics.length;
  return { kChoice: { k, ...(model.params.reducedFrom !== undefined ? { reducedTo: model.topics.length } : {}), curve: model.kScores } };
}

/** Bins compared by the report's "what is new": the last 3 full bins against the 3 before (a quarter of months). */
const WHATS_NEW_BINS = 3;

function whatsNewOf(model: TopicModel, trends: TrendTables): { whatsNew?: WhatsNewWindows } {
  try {
    const binning = segmentBinning(model, { bin: trends.bin });
    return { whatsNew: whatsNewWindows(model, binning, WHATS_NEW_BINS, trends.strata.by) };
  } catch {
    // Fewer than two full bins: nothing to compare, the section is left out.
    return {};
  }
}

export async function writeRunReport(dir: string, model: TopicModel, trends: TrendTables, ctx: ReportContext = {}): Promise<WrittenReport> {
  return writeReport(dir, reportData(model, trends, ctx), reportSpecs(model, trends), ctx.onProgress);
}

function prefixed(prefix: string, counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => [prefix + k, n]));
}

function flatParams(params: ModelParams, trends: TrendTables): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = { bin: trends.bin };
  for (const [k, v] of Object.entries(params)) {
    out[k] = v === undefined ? null : typeof v === 'object' && v !== null ? JSON.stringify(v) : (v as string | number | boolean);
  }
  return out;
}

function sumAdded(updates: unknown): number {
  return Array.isArray(updates) ? updates.reduce((s: number, u: { added?: number }) => s + (u.added ?? 0), 0) : 0;
}
