/** The dashboard server: an Express app over a saved model, and listening helpers. */
export { createApp, type AppOptions } from './app.js';
export { listen, closeOnSignals, type ListenOptions, type RunningServer } from './listen.js';
export { ServerContext, type Segment, type ContextOptions } from './context.js';
export { chartSpec, termSeriesName, type ChartRequest } from './chart-spec.js';
export { ParamError } from './params.js';
export { Lru } from './lru.js';
export { FIRST_LOAD_PATHS, warmFirstLoad } from './warm.js';
export { packageRoot, staticDir } from './static-dirs.js';
export * from './watch-model.js';
