// The SVD's products on two threads (reduce/product-pool.ts) equal the one-thread product bit for bit, on
// real TF-IDF. The worker runs only from the compiled file, so this test uses dist/ (npm test builds it).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { crudeTokenize, readLabeled } from '../vectorize/crude-tokenizer.js';
import { TfidfVectorizer, multiplyDense, transpose } from '../../src/vectorize/index.js';
import { mulberry32, gaussian } from '../../src/util/index.js';

const dist = path.resolve(__dirname, '../../dist/reduce/product-pool.js');

describe.skipIf(!existsSync(dist))('ProductPool (compiled, with its worker)', () => {
  it('gives X·B and Xᵀ·B exactly as multiplyDense does, for 64- and 32-bit operands, call after call', async () => {
    const { ProductPool } = await import(dist);
    const papers = readLabeled(1500);
    const { docs, vocabulary } = crudeTokenize(papers.map((p) => `${p.title} ${p.abstract}`));
    const X = new TfidfVectorizer({ minDf: 2 }).fitTransform(docs, vocabulary.length);
    const Xt = transpose(X);
    const l = 40;
    // minNnz 0: the worker whatever this slice's size.
    const pool = new ProductPool([X, Xt], l, 0);
    try {
      expect(pool.threads).toBe(os.availableParallelism() >= 2 ? 2 : 1);
      const random = mulberry32(3);
      for (let round = 0; round < 3; round++) {
        const B = Float64Array.from({ length: X.nCols * l }, () => gaussian(random));
        const C = Float32Array.from({ length: X.nRows * l }, () => gaussian(random));
        expect(pool.multiply(0, B, l)).toEqual(multiplyDense(X, B, l));
        expect(pool.multiply(1, C, l)).toEqual(multiplyDense(Xt, C, l));
      }
      // Narrower operands reuse the same buffers.
      const B = Float64Array.from({ length: X.nCols * 7 }, () => gaussian(random));
      expect(pool.multiply(0, B, 7)).toEqual(multiplyDense(X, B, 7));
    } finally {
      pool.close();
    }
  });
});
