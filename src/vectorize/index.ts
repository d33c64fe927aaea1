export {
  type CsrMatrix,
  type DenseMatrix,
  nnz,
  makeIndptr,
  normalizeRows,
  multiplyDense,
  multiplyDenseRows,
  transposeMultiplyDense,
  transpose,
  toDense,
  fromDense,
} from './csr.js';
export { TfidfVectorizer, type TfidfOptions, type TfidfState } from './tfidf.js';
export { NoTermsLeftError } from './errors.js';
export { dotRows } from './sparse-dot.js';
export { parseNpy, writeNpy, type NpyMatrix } from './npy.js';
export { readEmbeddings, parseEmbeddingsJsonl, alignEmbeddings, EmbeddingError, type Embeddings } from './embeddings.js';
