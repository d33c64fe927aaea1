/**
 * External clustering metrics against reference labels, with scikit-learn's
 * definitions (natural logarithms, same special cases).
 */

type Labels = ArrayLike<number | string>;

interface Contingency {
  n: number;
  /** Row sums (true classes) and column sums (predicted clusters). */
  a: number[];
  b: number[];
  /** Non-zero cells as [row, column, count]. */
  cells: [number, number, number][];
}

function contingency(labelsTrue: Labels, labelsPred: Labels): Contingency {
  if (labelsTrue.length !== labelsPred.length) {
    throw new Error(`labels differ in length: ${labelsTrue.length} true vs ${labelsPred.length} predicted`);
  }
  const rowOf = new Map<number | string, number>();
  const colOf = new Map<number | string, number>();
  const cellCount = new Map<string, number>();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < labelsTrue.length; i++) {
    let r = rowOf.get(labelsTrue[i]);
    if (r === undefined) rowOf.set(labelsTrue[i], (r = a.push(0) - 1));
    let c = colOf.get(labelsPred[i]);
    if (c === undefined) colOf.set(labelsPred[i], (c = b.push(0) - 1));
    a[r]++;
    b[c]++;
    const key = `${r},${c}`;
    cellCount.set(key, (cellCount.get(key) ?? 0) + 1);
  }
  const cells: [number, number, number][] = [];
  for (const [key, count] of cellCount) {
    const [r, c] = key.split(',').map(Number);
    cells.push([r, c, count]);
  }
  return { n: labelsTrue.length, a, b, cells };
}

function entropyOf(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

function mutualInformation({ n, a, b, cells }: Contingency): number {
  let mi = 0;
  for (const [r, c, nij] of cells) mi += (nij / n) * Math.log((n * nij) / (a[r] * b[c]));
  return Math.max(mi, 0);
}

/** Mutual information normalized by the arithmetic mean of the two entropies (sklearn's default). */
export function nmi(labelsTrue: Labels, labelsPred: Labels): number {
  const t = contingency(labelsTrue, labelsPred);
  if ((t.a.length === 1 && t.b.length === 1) || t.n === 0) return 1;
  const mi = mutualInformation(t);
  if (mi === 0) return 0;
  return mi / ((entropyOf(t.a, t.n) + entropyOf(t.b, t.n)) / 2);
}

/** Adjusted Rand index via the pair confusion matrix (1 = identical partitions, ≈0 = chance). */
export function ari(labelsTrue: Labels, labelsPred: Labels): number {
  const { n, a, b, cells } = contingency(labelsTrue, labelsPred);
  let sumSquares = 0;
  let rowWeighted = 0;
  let colWeighted = 0;
  for (const [r, c, nij] of cells) {
    sumSquares += nij * nij;
    rowWeighted += nij * a[r];
    colWeighted += nij * b[c];
  }
  const tp = sumSquares - n;
  const fp = colWeighted - sumSquares;
  const fn = rowWeighted - sumSquares;
  const tn = n * n - fp - fn - sumSquares;
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}

/** Homogeneity, completeness and V-measure (beta = 1) together, as sklearn computes them. */
export function homogeneityCompletenessV(labelsTrue: Labels, labelsPred: Labels): { homogeneity: number; completeness: number; vMeasure: number } {
  const t = contingency(labelsTrue, labelsPred);
  if (t.n === 0) return { homogeneity: 1, completeness: 1, vMeasure: 1 };
  const mi = mutualInformation(t);
  const hC = entropyOf(t.a, t.n);
  const hK = entropyOf(t.b, t.n);
  const homogeneity = hC ? mi / hC : 1;
  const completeness = hK ? mi / hK : 1;
  const vMeasure = homogeneity + completeness === 0 ? 0 : (2 * homogeneity * completeness) / (homogeneity + completeness);
  return { homogeneity, completeness, vMeasure };
}

/** Each cluster contains only members of a single class (1 = perfectly). */
export const homogeneity = (t: Labels, p: Labels) => homogeneityCompletenessV(t, p).homogeneity;
/** All members of a class are in the same cluster (1 = perfectly). */
export const completeness = (t: Labels, p: Labels) => homogeneityCompletenessV(t, p).completeness;
/** Harmonic mean of homogeneity and completeness (equals NMI with arithmetic normalization). */
export const vMeasure = (t: Labels, p: Labels) => homogeneityCompletenessV(t, p).vMeasure;

/**
 * Adjusted mutual information, arithmetic normalization (sklearn's
 * adjusted_mutual_info_score): (MI − E[MI]) / (mean(H_true, H_pred) − E[MI]).
 * Unlike NMI it does not drift upward with the number of clusters, so it can
 * compare clusterings at different k. E[MI] is the exact hypergeometric sum of
 * sklearn's expected_mutual_information; its lgamma calls all take integers, so
 * a log-factorial table gives the same values.
 */
export function ami(labelsTrue: Labels, labelsPred: Labels): number {
  const t = contingency(labelsTrue, labelsPred);
  const { n, a, b } = t;
  if ((a.length === 1 && b.length === 1) || n === 0) return 1;
  const mi = mutualInformation(t);
  const logFact = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) logFact[i] = logFact[i - 1] + Math.log(i);
  let emi = 0;
  // Either labeling with one group has zero entropy, so E[MI] = 0 (as sklearn).
  if (a.length > 1 && b.length > 1) {
    for (const ai of a) {
      for (const bj of b) {
        const fixed = logFact[ai] + logFact[bj] + logFact[n - ai] + logFact[n - bj] - logFact[n];
        for (let nij = Math.max(1, ai - n + bj); nij <= Math.min(ai, bj); nij++) {
          const term2 = Math.log(n * nij) - Math.log(ai) - Math.log(bj);
          const gln = fixed - logFact[nij] - logFact[ai - nij] - logFact[bj - nij] - logFact[n - ai - bj + nij];
          emi += (nij / n) * term2 * Math.exp(gln);
        }
      }
    }
  }
  const normalizer = (entropyOf(a, n) + entropyOf(b, n)) / 2;
  let denominator = normalizer - emi;
  // sklearn keeps the sign and stops 0/0 when E[MI] equals the maximum (a perfect match).
  denominator = denominator < 0 ? Math.min(denominator, -Number.EPSILON) : Math.max(denominator, Number.EPSILON);
  return (mi - emi) / denominator;
}
