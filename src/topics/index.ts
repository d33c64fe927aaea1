export type { Topic, TopicTerm, DocumentRow } from './types.js';
export { classTfidf, type ClassTfidf, type ClassTfidfOptions } from './ctfidf.js';
export { classTfidfOverTime, type TopicsOverTime, type OverTimeOptions } from './ctfidf-over-time.js';
export { chooseLabelTerms, topicLabel, GENERIC_LABEL_WORDS, type LabelOptions } from './labels.js';
export { representatives, clusterMeans } from './representatives.js';
export { describeTopics, type DescribeInput, type DescribedTopics } from './describe.js';
export { averageVectors, topEntries, type SparseVector } from './sparse.js';
export type { HierarchyNode, LineageRow, LineageRelation, NoveltyGroup, TopicQuality } from './structure.js';
export { describeGroups, type GroupDescription } from './label-groups.js';
