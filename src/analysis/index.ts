/** The analysis room: what the rooms above may use. */
export * from './document-query.js';
export * from './summary.js';
export * from './tables.js';
export * from './term-trends.js';
export * from './topic-trend.js';
export * from './trend-skips.js';
export * from './trend-tables.js';
export * from './whats-new.js';
export * from './top-terms-within-bins.js';
export * from './key-findings.js';
export { adjustTermRows, stratifiedLines } from './adjusted-rows.js';
export { adjustCountedTopics, type CountedTopics } from './counted-trends.js';
export { mixShiftNotes } from './mix-shift-notes.js';
export { hiddenTopicsNote } from './confident.js';
