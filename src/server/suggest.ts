/**
 * Term box suggestions from the model's own vocabulary: words and phrases that
 * start with what was typed (or have a word that does), the ones in the most
 * papers first, so a user finds "knowledge distillation" by typing "dist" and
 * never adds a term the corpus does not contain.
 */
export interface Suggestion {
  term: string;
  /** Papers that mention it. */
  papers: number;
}

export type Suggester = (prefix: string, limit: number) => Suggestion[];

/** Built once per model: document frequency of every term id, terms ordered by it. */
export function buildSuggester(surfaces: readonly string[], docTerms: readonly Int32Array[]): Suggester {
  const df = new Int32Array(surfaces.length);
  const last = new Int32Array(surfaces.length).fill(-1);
  docTerms.forEach((terms, d) => {
    for (const t of terms) {
      if (t >= 0 && t < df.length && last[t] !== d) {
        last[t] = d;
        df[t]++;
      }
    }
  });
  const order = Array.from(surfaces.keys())
    .filter((t) => df[t] > 0 && surfaces[t])
    .sort((a, b) => df[b] - df[a] || (surfaces[a] < surfaces[b] ? -1 : 1));
  const lower = order.map((t) => surfaces[t].toLowerCase());
  return (prefix, limit) => {
    const p = prefix.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!p) return [];
    const whole: Suggestion[] = [];
    const inner: Suggestion[] = [];
    for (let k = 0; k < order.length && whole.length < limit; k++) {
      const s = lower[k];
      if (s.startsWith(p)) whole.push({ term: surfaces[order[k]], papers: df[order[k]] });
      else if (inner.length < limit && (s.includes(` ${p}`) || s.includes(`-${p}`))) inner.push({ term: surfaces[order[k]], papers: df[order[k]] });
    }
    return [...whole, ...inner].slice(0, limit);
  };
}
