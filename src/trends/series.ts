/** Count series (papers per bin) for topics and themes: the input of emergence and burst detection. */
import { countByPeriod } from './counts.js';
import type { Period, ThemeDocs, TopicRef } from './types.js';

/** Papers of one topic or theme per bin, aligned with `periods`. */
export interface CountSeries {
  kind: 'topic' | 'theme' | 'term';
  name: string;
  /** Topic id for topics. */
  topic?: number;
  counts: ArrayLike<number>;
}

/** One series per topic: papers assigned to it per bin. */
export function topicSeries(
  docTopic: ArrayLike<number>,
  docPeriod: Int32Array,
  periods: readonly Period[],
  topics: readonly TopicRef[],
): CountSeries[] {
  const slot = new Map<number, number>();
  topics.forEach((t, i) => slot.set(t.id, i));
  const counts = topics.map(() => new Int32Array(periods.length));
  for (let doc = 0; doc < docTopic.length; doc++) {
    const p = docPeriod[doc];
    const t = slot.get(docTopic[doc]);
    if (p >= 0 && t !== undefined) counts[t][p]++;
  }
  return topics.map((t, i) => ({ kind: 'topic', name: t.label, topic: t.id, counts: counts[i] }));
}

/** One series per theme (or tracked term, `kind` 'term'): papers mentioning it per bin. */
export function themeSeries(themes: readonly ThemeDocs[], docPeriod: Int32Array, periods: readonly Period[], kind: 'theme' | 'term' = 'theme'): CountSeries[] {
  return themes.map((t) => ({ kind, name: t.name, counts: countByPeriod(t.docs, docPeriod, periods.length) }));
}
