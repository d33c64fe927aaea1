/** The pipeline room: what the rooms above may use. */
export * from './reduce-run.js';
export * from './report.js';
export * from './run.js';
export * from './open-run.js';
export * from './run-scaled.js';
export * from './update.js';
export * from './write-outputs.js';
export * from './run-folder.js';
export * from './run-trends.js';
export * from './aggregate-run.js';
export * from './curate-checks.js';
export * from './curate-run.js';
