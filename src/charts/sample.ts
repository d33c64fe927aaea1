import { mulberry32 } from '../util/index.js';

/**
 * Indices of a seeded uniform sample of `k` out of `n` items, in ascending
 * order (so the sample keeps the input's order). Partial Fisher-Yates: O(k)
 * random draws, and the same (n, k, seed) always gives the same indices.
 */
export function sampleIndices(n: number, k: number, seed: number): number[] {
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  // Sparse swap table instead of an n-length array: k is small next to n.
  const swapped = new Map<number, number>();
  const picked: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    picked.push(atJ);
  }
  return picked.sort((a, b) => a - b);
}
