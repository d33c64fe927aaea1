/**
 * Wilson score interval for a proportion x/n. Chosen over the normal
 * ("Wald") interval because topic shares per bin are often small (a 2% topic
 * in a 40-paper week): Wald gives a negative lower bound and a zero-width
 * interval at x = 0, Wilson stays inside [0, 1] and keeps a width.
 */
export interface Interval {
  lo: number;
  hi: number;
}

/** 95% by default (z = 1.96). An empty bin (n = 0) says nothing: [0, 1]. */
export function wilsonInterval(x: number, n: number, z = 1.96): Interval {
  if (n <= 0) return { lo: 0, hi: 1 };
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
