export { TruncatedSVD, type TruncatedSvdOptions } from './svd.js';
export { l2NormalizeRows, orthonormalize, orthonormalizeEigen, choleskyQr, gram } from './dense.js';
export { symmetricEigen, type SymmetricEigen } from './jacobi.js';
export { nearestNeighbors, knnRecall, type KnnGraph, type NearestNeighborsOptions } from './knn.js';
export { exactNeighbors } from './knn-exact.js';
export { nnDescent, type NnDescentOptions } from './nn-descent.js';
export { fuzzySimplicialSet, smoothKnnDistances, type FuzzyGraph } from './umap-graph.js';
export { Umap, type UmapOptions } from './umap.js';
export { fitUmapsInParallel } from './umap-parallel.js';
