import type { TopLevelSpec } from 'vega-lite';
import type { DocumentRow, HierarchyNode, Topic } from '../topics/index.js';
import type {
  BurstRow,
  CategoryTrendRow,
  ChangeRow,
  Period,
  ThemeTrendRow,
  TopicTrendRow,
} from '../trends/index.js';

/** A complete, self-contained Vega-Lite v6 specification (data inline). */
export type VegaLiteSpec = TopLevelSpec;

/** The views a run produces; also the file stem of `charts/<view>.vl.json` and `.svg`. */
export const VIEW_NAMES = [
  'topic-map',
  'topic-sizes',
  'topics-over-time',
  'topics-over-time-lines',
  'theme-trends',
  'emerging-declining',
  'topic-heatmap',
  'topic-terms',
  'category-trends',
  'topic-distance-map',
  'topic-dendrogram',
  'topic-similarity',
] as const;

export type ViewName = (typeof VIEW_NAMES)[number];

/** The tables of one run that the charts are drawn from. */
export interface RunCharts {
  topics: Topic[];
  documents: DocumentRow[];
  periods: Period[];
  topicTrends: TopicTrendRow[];
  themeTrends?: ThemeTrendRow[];
  changes?: ChangeRow[];
  bursts?: BurstRow[];
  categoryTrends?: CategoryTrendRow[];
  /** Dated mix shifts, drawn as rules on the time charts. */
  shifts?: { field: string; date: string }[];
  /** The topic tree (model.hierarchy); without it the dendrogram says there is none. */
  hierarchy?: HierarchyNode[];
}

type LayerOf<T> = T extends { layer: (infer L)[] } ? L : never;
/** One layer of a layered spec (a unit spec or a nested layer). */
export type LayerSpec = LayerOf<TopLevelSpec>;
/** A single-mark spec, as found inside `layer`. */
export type UnitLayerSpec = Extract<LayerSpec, { mark: unknown }>;
/** The encoding block of a unit spec. */
export type Encoding = NonNullable<UnitLayerSpec['encoding']>;
