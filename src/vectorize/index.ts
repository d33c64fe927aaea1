export {
  type CsrMatrix,
  type DenseMatrix,
  nnz,
  makeIndptr,
  normalizeRows,
  multiplyDense,
  transposeMultiplyDense,
  transpose,
  toDense,
  fromDense,
} from './csr.js';
export { TfidfVectorizer, type TfidfOptions, type TfidfState } from './tfidf.js';
export { dotRows } from './sparse-dot.js';
