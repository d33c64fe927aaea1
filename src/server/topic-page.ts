/**
 * Everything the topic page shows about one topic (or one merged node of the
 * topic tree) in one segment (bin, category): its share per bin with a Wilson
 * 95% interval, its words per bin, typical and newest papers, its place in the
 * tree, similar topics and lineage. Counts follow the category, so the page's
 * paper count equals the number of rows its paper table lists.
 */
import type { ServerContext, Segment } from './context.js';
import { ParamError } from './params.js';
import { paperJson, periodsJson, type PaperJson, type PeriodJson } from './serialize.js';
import { leavesUnder, lineageOf, similarTopics, treeLinks, type NodeRef } from './topic-links.js';
import { topicTrendPoints, type TrendPoint } from '../analysis/index.js';
import type { TopicTerm } from '../topics/index.js';
import { periodDates, timeAxisFor } from '../charts/index.js';
import type { LineageRow } from '../topics/index.js';

export interface TopicPage {
  id: number;
  /** 'topic' (a leaf, a row of topics.csv) or 'node' (a merged node of the tree). */
  kind: 'topic' | 'node';
  label: string;
  /** Papers of the topic in the segment's category (all dates), the count its paper table lists. */
  size: number;
  /** Papers of the topic in the whole model. */
  totalSize: number;
  terms: TopicTerm[];
  /** Leaf topics it covers (itself for a topic). */
  topics: number[];
  bin: string;
  category: string | null;
  periods: PeriodJson[];
  trend: TrendPoint[];
  /** Dates the corpus mix shifted (drawn as rules on the page's chart). */
  shifts: { field: string; date: string }[];
  /** The x axis of the dashboard's time charts (one tick per bin) and each bin's middle, where its point sits. */
  xAxis: ReturnType<typeof timeAxisFor>;
  mids: string[];
  representative: PaperJson[];
  recent: PaperJson[];
  parent: NodeRef | null;
  children: NodeRef[];
  similar: (NodeRef & { similarity: number })[];
  lineage: LineageRow[];
}

/** Leaf topics under an id: a topic, or a hierarchy node; throws 404 for neither. */
export function topicsOf(ctx: ServerContext, id: number): number[] {
  if (ctx.labels.has(id)) return [id];
  const node = ctx.model.hierarchy?.find((n) => n.id === id);
  if (node) return leavesUnder(ctx.model.hierarchy!, id);
  const nodes = ctx.model.hierarchy?.length ? ` or tree nodes up to ${Math.max(...ctx.model.hierarchy.map((n) => n.id))}` : '';
  throw new ParamError('id', `no topic ${id} (topics are 0 to ${ctx.model.topics.length - 1}${nodes})`, 404);
}

/** Newest first over several topics, in the document query's order. */
function newestOf(ctx: ServerContext, topics: number[], category: string | undefined, limit: number): number[] {
  const lists = topics.map((t) => ctx.documents.all({ topic: t, category }));
  const all = lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => (ctx.model.papers[b].date ?? '').localeCompare(ctx.model.papers[a].date ?? '') || a - b);
  return all.slice(0, limit);
}

export function topicPage(ctx: ServerContext, id: number, segment: Segment, papers = 8): TopicPage {
  const { model } = ctx;
  const leaves = topicsOf(ctx, id);
  const tables = ctx.trendTables(segment);
  const node = ctx.labels.has(id) ? undefined : model.hierarchy!.find((n) => n.id === id)!;
  const topic = model.topics.find((t) => t.id === id);

  const trend = topicTrendPoints(tables.topicTrends, tables.periods, leaves);

  const category = segment.category;
  const size = leaves.reduce((s, t) => s + (category ? ctx.documents.all({ topic: t, category }).length : ctx.documents.topicDocs(t).length), 0);
  const representative = leaves
    .flatMap((t) => model.topics.find((x) => x.id === t)!.representativeIds.slice(0, topic ? papers : 2))
    .map((pid) => ctx.indexOfId.get(pid))
    .filter((i): i is number => i !== undefined && (!category || model.papers[i].categories?.[0] === category))
    .slice(0, papers)
    .map((i) => paperJson(ctx, i));

  return {
    id,
    kind: topic ? 'topic' : 'node',
    label: topic?.label ?? node!.label,
    size,
    totalSize: leaves.reduce((s, t) => s + ctx.documents.topicDocs(t).length, 0),
    terms: topic?.terms ?? [],
    topics: leaves,
    bin: tables.bin,
    category: category ?? null,
    periods: periodsJson(tables.periods),
    trend,
    shifts: tables.warnings.map(({ field, date }) => ({ field, date })),
    xAxis: timeAxisFor(tables.periods),
    mids: periodDates(tables.periods).map((p) => p.mid),
    representative,
    recent: newestOf(ctx, leaves, category, papers).map((i) => paperJson(ctx, i)),
    ...treeLinks(model.hierarchy, id),
    similar: topic ? similarTopics(model.topics, id) : [],
    lineage: lineageOf(model.lineage, id),
  };
}
