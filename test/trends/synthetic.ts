/** A seeded synthetic corpus with planted trends, to check that the detectors find them. */
import { mulberry32 } from '../../src/util/random.js';

export interface SyntheticCorpus {
  dates: string[];
  /** Sorted doc indices per planted theme. */
  themes: { name: string; docs: Uint32Array }[];
  /** Month index of each planted burst month. */
  burstMonths: number[];
}

/**
 * 36 months (2022-01 .. 2024-12), 170-230 papers a month, three themes:
 * `rising` (share 2% → 12% linearly), `burst` (15% in three months, else 1%),
 * `flat` (5%).
 */
export function syntheticCorpus(seed: number, burstMonths = [8, 9, 10]): SyntheticCorpus {
  const random = mulberry32(seed);
  const dates: string[] = [];
  const members: Record<string, number[]> = { rising: [], burst: [], flat: [] };
  for (let m = 0; m < 36; m++) {
    const year = 2022 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const n = 170 + Math.floor(random() * 61);
    const rates = { rising: 0.02 + (0.1 * m) / 35, burst: burstMonths.includes(m) ? 0.15 : 0.01, flat: 0.05 };
    for (let k = 0; k < n; k++) {
      const doc = dates.length;
      const day = 1 + Math.floor(random() * days);
      dates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      for (const [name, rate] of Object.entries(rates)) if (random() < rate) members[name].push(doc);
    }
  }
  // Shuffle-free but unsorted by date within a month is fine: doc sets are sorted by index.
  const themes = Object.entries(members).map(([name, docs]) => ({ name, docs: Uint32Array.from(docs) }));
  return { dates, themes, burstMonths };
}
