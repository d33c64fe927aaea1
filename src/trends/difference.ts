/**
 * A 95% interval for the difference of two shares, B − A, built from each
 * share's own interval (Newcombe 1998, method 10, when those are Wilson
 * intervals; the same "MOVER" recipe of Zou & Donner 2008 for standardised
 * shares). Chosen over the Wald interval p̂B − p̂A ± 1.96·SE because topic
 * shares are often small: Wald crosses 0 and 1 and is too narrow near them,
 * while this one inherits the Wilson interval's coverage.
 *
 *   lo = d − √((p̂B − loB)² + (hiA − p̂A)²),  hi = d + √((hiB − p̂B)² + (p̂A − loA)²)
 */
import { wilsonInterval, type Interval } from './wilson.js';

/** A share with its own interval. */
export interface ShareInterval {
  share: number;
  lo: number;
  hi: number;
}

export function differenceInterval(a: ShareInterval, b: ShareInterval): Interval {
  const d = b.share - a.share;
  return {
    lo: d - Math.hypot(b.share - b.lo, a.hi - a.share),
    hi: d + Math.hypot(b.hi - b.share, a.share - a.lo),
  };
}

/** Newcombe's hybrid score interval for x2/n2 − x1/n1 (z = 1.96). */
export function shareDifferenceInterval(x1: number, n1: number, x2: number, n2: number): Interval {
  const side = (x: number, n: number): ShareInterval => ({ share: n > 0 ? x / n : 0, ...wilsonInterval(x, n) });
  return differenceInterval(side(x1, n1), side(x2, n2));
}
