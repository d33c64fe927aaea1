/** The few statistics the trend tests need, written out so their accuracy is known. */

/**
 * Complementary error function, Chebyshev fit from Numerical Recipes (erfcc):
 * fractional error below 1.2e-7 everywhere, so tail p-values stay accurate
 * in relative terms too (unlike 1 - erf(x)).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
        t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal cumulative distribution Φ(x). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

export interface ZTestResult {
  /** Positive when the second proportion is larger. */
  z: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Two-proportion z-test with the pooled standard error: did `x2/n2` differ
 * from `x1/n1`? When the pooled variance is 0 (no events, or only events)
 * there is no evidence of change: z = 0, p = 1.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  if (n1 <= 0 || n2 <= 0) return { z: 0, p: 1 };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: 0, p: 1 };
  const z = (x2 / n2 - x1 / n1) / se;
  return { z, p: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in the input order.
 * Rejecting every hypothesis with q <= alpha controls the false discovery
 * rate at alpha across all of them.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1];
    running = Math.min(running, (pValues[i] * m) / rank);
    q[i] = running;
  }
  return q;
}
