/** The util room: what the rooms above may use. */
export * from './atomic-write.js';
export * from './csv.js';
export * from './hungarian.js';
export * from './random.js';
export * from './staged-folder.js';
export * from './stages.js';
export * from './errors.js';
export * from './folder-lock.js';
