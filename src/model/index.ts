/** The model room: what the rooms above may use. */
export * from './errors.js';
export * from './model.js';
export * from './option-specs.js';
export * from './options.js';
export * from './scale-specs.js';
export * from './params.js';
export * from './curation.js';
export * from './curated-names.js';
export * from './carry-curation.js';
export * from './curate-specs.js';
