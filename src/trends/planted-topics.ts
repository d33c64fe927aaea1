/**
 * Which topics of a fitted model to plant trends on (bench/trend-truth.js and
 * its test): the fading group is the largest topic, the rising ones the two
 * topics nearest `riseShare` of the papers among those whose main primary
 * category is the fading topic's. The fading topic pays for their rise within
 * each stratum (src/trends/planted.ts), so they must share strata.
 */
export interface PlantPaper {
  topic: number;
  categories?: string[];
}

function mainCategory(papers: readonly PlantPaper[], topic: number): string {
  const counts = new Map<string, number>();
  for (const p of papers) if (p.topic === topic) counts.set(p.categories?.[0] ?? '', (counts.get(p.categories?.[0] ?? '') ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

export function plantedTopics(
  model: { papers: readonly PlantPaper[]; topics: readonly { id: number; size: number }[] }, riseShare = 0.04,
): { rising: number[]; fading: number[] } {
  const n = model.papers.length;
  const bySize = [...model.topics].sort((a, b) => b.size - a.size || a.id - b.id);
  const fading = bySize[0].id;
  const home = mainCategory(model.papers, fading);
  const near = (t: { size: number }) => Math.abs(t.size / n - riseShare);
  const candidates = bySize.slice(1).filter((t) => mainCategory(model.papers, t.id) === home);
  const pool = candidates.length >= 2 ? candidates : bySize.slice(1);
  const rising = [...pool].sort((a, b) => near(a) - near(b) || a.id - b.id).slice(0, 2).map((t) => t.id);
  return { rising, fading: [fading] };
}
