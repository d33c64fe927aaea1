/**
 * Since when a verdict holds: walking back from the last bin of the recent
 * window, the earliest bin from which the item's (adjusted) share stayed on
 * the verdict's side of its baseline-window level. Empty bins say nothing and
 * are stepped over. When even the last bin is not on that side (a rise that
 * already faded), the recent window's first bin is named.
 */
import type { TimeWindow } from './windows.js';
import type { Period } from './types.js';

export function sinceBin(
  shares: ArrayLike<number>, level: number, sign: 1 | -1, after: TimeWindow, periods: readonly Period[],
): string {
  const last = after.indices[after.indices.length - 1];
  let since = -1;
  for (let p = last; p >= 0; p--) {
    if (periods[p].total === 0) continue;
    if (sign * (shares[p] - level) > 0) since = p;
    else break;
  }
  return since >= 0 ? periods[since].key : after.keys[0];
}
