export { TopicEstimator, sortById } from './estimator.js';
export type { Placement, PlacedBatch } from './place.js';
export type { EstimatorState } from './state.js';
export { saveEstimator, loadEstimator } from './store.js';
export { denseGroups } from './novelty.js';
export { NOVELTY_QUANTILE } from './from-fit.js';
