export {
  type CsrMatrix,
  type DenseMatrix,
  nnz,
  makeIndptr,
  normalizeRows,
  multiplyDense,
  transposeMultiplyDense,
  toDense,
  fromDense,
} from './csr.js';
export { TfidfVectorizer, type TfidfOptions } from './tfidf.js';
