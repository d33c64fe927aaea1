/** Transform parts (one Parquet row per paper) and their aggregation into trend tables. */
export { partRows, periodKey, type AssignedPaper, type PartRow } from './part-rows.js';
export { aggregateParts, type AggregateOptions, type AggregatedTrends } from './aggregate.js';
export { duckdbDocsView, partIds, withParts, type PartsSession } from './duckdb.js';
export { carryParts, nextPartName, partFiles, readPartRows, type PartsRewrite } from './carry-parts.js';
/** Moved to src/trends (the bin units live there); re-exported for existing callers. */
export { binOfKey } from '../trends/index.js';
export { PartWriter, transformToPart } from './part-writer.js';
export { STATS_SQL, TOPIC_TRENDS_SQL, TOPIC_SIZES_SQL, valuesRelation } from './sql.js';
export { expandParts, runParts } from './parts.js';
export { StratifiedSampler } from './stratified-sample.js';
export { transformShard, inShard, type PaperTransformer, type ShardSpec, type TransformShardOptions, type ShardResult } from './transform-shard.js';
export { trendTablesFromParts, type PartsTrendOptions } from './trends-from-parts.js';
export { categoryTrendsFromCounts, type CategoryCount } from './category-trends.js';
export { PartTermsWriter, readPartTerms, termsFileOf } from './part-terms.js';
export { modelFromParts } from './model-from-parts.js';
export { AbstractsAppender, abstractsFileOf } from './abstracts.js';
export { columnarPapers, columnsOf, packRows, packedRows, type PaperColumns } from './columnar-papers.js';
export * from './parallel-transform.js';
export * from './abstracts.js';
export { writeDocumentsCsvFromParts, writeDocumentsParquetFromParts } from './documents-from-parts.js';
export * from './part-identity.js';
