/**
 * How well growth verdicts match planted truth (bench/trend-truth.js): a call
 * is correct when a planted group is called in its planted direction; every
 * other call on a topic (an untouched topic called at all, or a planted one
 * called the wrong way) is a false positive.
 */
import type { ChangeRow } from './types.js';

export interface VerdictScore {
  /** Topics called emerging or declining. */
  called: number;
  correct: number;
  /** Untouched topics called emerging or declining. */
  untouchedCalled: number;
  precision: number;
  recall: number;
}

type Direction = ChangeRow['direction'];

/** Score the topic rows of a growth test; `direction` picks the adjusted (default) or the raw verdict. */
export function scoreVerdicts(
  rows: readonly ChangeRow[], rising: readonly number[], fading: readonly number[], direction: (r: ChangeRow) => Direction = (r) => r.direction,
): VerdictScore {
  const truth = new Map<number, Direction>([...rising.map((t) => [t, 'emerging'] as const), ...fading.map((t) => [t, 'declining'] as const)]);
  let called = 0, correct = 0, untouchedCalled = 0;
  for (const r of rows) {
    if (r.kind !== 'topic' || r.topic === undefined) continue;
    const d = direction(r);
    if (d === 'stable') continue;
    called++;
    const want = truth.get(r.topic);
    if (want === d) correct++;
    else if (want === undefined) untouchedCalled++;
  }
  const planted = rising.length + fading.length;
  return { called, correct, untouchedCalled, precision: called ? correct / called : 1, recall: planted ? correct / planted : 1 };
}
