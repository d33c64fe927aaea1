/**
 * topictrends as a library: the functions the CLI, the dashboard and the
 * notebooks are built on. Each stage is also importable on its own
 * (`topictrends/dist/<stage>/index.js`).
 */
export { runPipeline, type RunOptions, type RunResult } from './pipeline/run.js';
export { TopicEstimator, sortById, type Placement, type EstimatorState } from './estimator/index.js';
export { fitTopics, paperText, type FittedTopics } from './pipeline/fit.js';
export { evaluate, type EvalOptions, type EvalResult } from './pipeline/evaluate.js';
export { loadModel, saveModel, modelToJson, modelFromJson, type TopicModel, type ModelPaper } from './pipeline/model.js';
export { computeTrendTables, themeDocs, resolveBin, type TrendTables, type TrendEmergence } from './pipeline/trend-tables.js';
export type { Skip, SkipId } from './pipeline/trend-skips.js';
export { termTrends, segmentBinning } from './pipeline/term-trends.js';
export { chartSpecs, reportSpecs, runCharts, reportData, writeRunReport } from './pipeline/report.js';
export { writeModelOutputs, writeTrendOutputs } from './pipeline/write-outputs.js';
export { ENGINE_DEFAULTS, TREND_DEFAULTS, type EngineOptions, type TrendOptions } from './pipeline/options.js';
export { readCorpus, summarizeCorpus, type Paper, type ReadOptions, type ReadReport } from './corpus/index.js';
export { loadThemes, parseThemes, MAX_BINS, TooManyBinsError, type Theme } from './trends/index.js';
export { writeFileAtomic, OutputError } from './util/atomic-write.js';
export { openRunFolder, checkOutDir, OutDirError, type RunFolder } from './util/staged-folder.js';
export { renderSvg, VIEW_NAMES, type ViewName, type VegaLiteSpec } from './charts/index.js';
