/** Number formats used in the report's tables; one place so every table agrees. */

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export const pct = (share: number, digits = 1): string => (Number.isFinite(share) ? `${(share * 100).toFixed(digits)}%` : '–');

/** Change in share in percentage points, signed: "+1.24 pp". */
export const pp = (change: number): string => (Number.isFinite(change) ? `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(2)} pp` : '–');

/** p-values: small ones in scientific notation so "0.000" never hides how small. */
export const pValue = (p: number): string => (!Number.isFinite(p) ? '–' : p < 0.001 ? p.toExponential(1) : p.toFixed(3));

export const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');

export const seconds = (s: number): string => (s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`);
