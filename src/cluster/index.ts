export { KMeans, type KMeansOptions, assign } from './kmeans.js';
export { kmeansPlusPlus } from './kmeans-plus-plus.js';
export { chooseK, type ChooseKOptions } from './choose-k.js';
export { silhouette, sampleIndices, type SilhouetteOptions } from './silhouette.js';
export { nmi, ari, homogeneity, completeness, vMeasure, homogeneityCompletenessV } from './metrics.js';
