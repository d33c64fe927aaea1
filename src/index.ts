/**
 * topictrends as a library: the functions the CLI, the dashboard and the
 * notebooks are built on. Each stage is also importable on its own
 * (`topictrends/dist/<stage>/index.js`).
 */
export { runPipeline, type RunOptions, type RunResult } from './pipeline/index.js';
export { TopicEstimator, sortById, type Placement, type EstimatorState } from './estimator/index.js';
export { fitTopics, paperText, type FittedTopics } from './estimator/index.js';
export { evaluate, type EvalOptions, type EvalResult } from './estimator/index.js';
export { loadModel, saveModel, modelToJson, modelFromJson, type TopicModel, type ModelPaper } from './model/index.js';
export { computeTrendTables, themeDocs, resolveBin, type TrendTables, type TrendEmergence } from './analysis/index.js';
export type { Skip, SkipId } from './analysis/index.js';
export { termTrends, segmentBinning } from './analysis/index.js';
export { chartSpecs, reportSpecs, runCharts, reportData, writeRunReport } from './pipeline/index.js';
export { writeModelOutputs, writeTrendOutputs } from './pipeline/index.js';
export { openRun, loadRunModel, writeRun, runTrendTables, type OpenedRun, type RunContents, type WriteRunOptions, type WrittenRun } from './pipeline/index.js';
export { ENGINE_DEFAULTS, TREND_DEFAULTS, type EngineOptions, type TrendOptions } from './model/index.js';
export { readCorpus, summarizeCorpus, type Paper, type ReadOptions, type ReadReport } from './corpus/index.js';
export { loadThemes, parseThemes, MAX_BINS, TooManyBinsError, type Theme } from './trends/index.js';
export { writeFileAtomic, OutputError } from './util/index.js';
export { openRunFolder, checkOutDir, OutDirError, type RunFolder } from './util/index.js';
export { renderSvg, VIEW_NAMES, type ViewName, type VegaLiteSpec } from './charts/index.js';
export { toDataFrame, writeParquet, readParquet, runTables, type Table, type TableSpec, type TableFormat } from './tables/index.js';
