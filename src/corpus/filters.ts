import { deriveSeed, mulberry32, DEFAULT_SEED } from '../util/index.js';
import type { CategoryMode } from './options.js';
import type { Paper } from './types.js';

export type PaperTest = (paper: Paper) => boolean;

/** Inclusive bounds as `YYYY-MM-DD`. Undated papers fail, since they cannot be shown to be in range. */
export function dateTest(from: string | undefined, to: string | undefined): PaperTest | undefined {
  if (from === undefined && to === undefined) return undefined;
  return (p) => p.date !== undefined && (from === undefined || p.date >= from) && (to === undefined || p.date <= to);
}

/** Category membership; `cs.*` (a trailing `*`) matches by prefix. Papers without categories fail. */
export function categoryTest(categories: string[] | undefined, mode: CategoryMode = 'primary'): PaperTest | undefined {
  if (!categories || categories.length === 0) return undefined;
  const exact = new Set(categories.filter((c) => !c.endsWith('*')));
  const prefixes = categories.filter((c) => c.endsWith('*')).map((c) => c.slice(0, -1));
  const matches = (c: string) => exact.has(c) || prefixes.some((p) => c.startsWith(p));
  if (mode === 'any') return (p) => p.categories?.some(matches) ?? false;
  return (p) => p.categories !== undefined && matches(p.categories[0]);
}

/** A paper's sampling key: a uniform number drawn from a generator seeded by (seed, id), so it ignores input order. */
export function sampleKey(id: string, seed: number): number {
  return mulberry32(deriveSeed(seed, id))();
}

/**
 * Keeps the `size` items with the smallest sampling keys, in the order they were
 * added. Memory stays O(size): candidates are pruned whenever the buffer doubles.
 */
export class SeededSample<T> {
  private buffer: { key: number; order: number; item: T }[] = [];
  private added = 0;

  /**
   * @param size number of items to keep
   * @param seed seed for the keys (default DEFAULT_SEED)
   */
  constructor(
    readonly size: number,
    readonly seed = DEFAULT_SEED,
  ) {}

  add(id: string, item: T): void {
    this.buffer.push({ key: sampleKey(id, this.seed), order: this.added++, item });
    if (this.buffer.length >= 2 * this.size + 1024) this.prune();
  }

  /** How many added items are not in the sample. */
  get dropped(): number {
    return Math.max(0, this.added - this.size);
  }

  result(): T[] {
    this.prune();
    return [...this.buffer].sort((a, b) => a.order - b.order).map((c) => c.item);
  }

  private prune(): void {
    if (this.buffer.length <= this.size) return;
    this.buffer.sort((a, b) => a.key - b.key || a.order - b.order);
    this.buffer.length = this.size;
  }
}
