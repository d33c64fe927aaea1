/**
 * Seeded pseudo-random numbers. Every random choice in topictrends goes through
 * one of these so that one `--seed` makes a run reproducible (umap-js and
 * ml-kmeans both accept an injected generator or seed).
 */

/** The seed of every random choice when the user gives no `--seed`. */
export const DEFAULT_SEED = 42;

/** mulberry32: a small, fast 32-bit PRNG with good statistical quality for sampling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derive an independent seed for a named sub-stage, so stages do not share one stream. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** A standard normal deviate from a uniform generator (Box-Muller). */
export function gaussian(random: () => number): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
